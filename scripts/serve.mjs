// `npm start`: serves the demo site and the built bundle on 127.0.0.1.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const { url } = await startStaticServer({ port, mounts: { '/dist/': 'dist', '/': 'demo' } });
console.log(`consentgate demo: ${url}/`);
