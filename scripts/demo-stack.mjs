// The demo site and the consent records service together: the service accepts receipts from
// the demo's origin, and the demo learns the service's address from /service.js.
import { randomBytes } from 'node:crypto';
import { startRecordsService } from './records-service.mjs';
import { send, startStaticServer } from './static-server.mjs';

/**
 * `port` for the demo, `servicePort` for the service (0: any free port), `dataDir` for its
 * embedded database. Resolves to { demoUrl, serviceUrl, dashboardUrl, adminToken, close }.
 */
export async function startDemoStack({ port = 8080, servicePort = 8787, dataDir = '.consentgate-data', adminToken, log } = {}) {
  let service = null;
  const site = await startStaticServer({
    port,
    mounts: { '/dist/': 'dist', '/': 'demo' },
    handle(req, res) {
      if (!service || !new URL(req.url, 'http://x').pathname.endsWith('/service.js')) return false;
      const names = { receipts: `${service.url}/v1/receipts`, records: `${service.url}/v1/records/` };
      send(req, res, 200, 'text/javascript; charset=utf-8', `window.consentgateDemoService = ${JSON.stringify(names)};\n`);
      return true;
    },
  });
  const token = adminToken ?? randomBytes(18).toString('base64url');
  try {
    service = await startRecordsService(
      { PORT: String(servicePort), CONSENTGATE_DATA: dataDir, CONSENTGATE_ORIGINS: site.url, CONSENTGATE_ADMIN_TOKEN: token },
      { log },
    );
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    demoUrl: `${site.url}/`,
    serviceUrl: service.url,
    dashboardUrl: `${service.url}/dashboard`,
    adminToken: token,
    async close() {
      await service.stop();
      await site.close();
    },
  };
}
