// `npm start`: the demo site and the consent records service (embedded database in
// CONSENTGATE_DATA, default ./.consentgate-data), the demo posting its receipts to the service.
import { startDemoStack } from './demo-stack.mjs';

console.log('starting the consent records service (its first start creates the database, which takes a while)…');
const stack = await startDemoStack({
  port: Number(process.env.PORT ?? 8080),
  servicePort: Number(process.env.SERVICE_PORT ?? 8787),
  dataDir: process.env.CONSENTGATE_DATA || '.consentgate-data',
  adminToken: process.env.CONSENTGATE_ADMIN_TOKEN || undefined,
  log: (line) => console.log(`  ${line}`),
});
console.log(`consentgate demo:         ${stack.demoUrl}`);
console.log(`consent records service:  ${stack.serviceUrl}/v1/ (API: ${stack.serviceUrl}/v1/openapi.json)`);
console.log(`consent dashboard:        ${stack.dashboardUrl} (admin token: ${stack.adminToken})`);
const stop = () => stack.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
