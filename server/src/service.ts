// Starts the whole service: settings, store, HTTP, the hourly retention purge and partition
// upkeep. Stops cleanly: no new requests, queued receipts written, database closed.
import { readConfig, type ServiceConfig } from './config.js';
import { listen } from './http/app.js';
import { openStore, type Store } from './store.js';

export interface Service {
  url: string;
  store: Store;
  config: ServiceConfig;
  stop(): Promise<void>;
}

export async function startService(config: ServiceConfig = readConfig(), log = console.log): Promise<Service> {
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  const { url, close } = await listen(store, config);
  const upkeep = async () => {
    try {
      await store.partitions();
      // PGlite has no autovacuum: fresh statistics keep the planner on the right indexes.
      await store.db.exec('analyze receipts; analyze chain_heads');
      const purged = await store.purge(new Date(Date.now() - config.retentionDays * 24 * 3600_000));
      for (const p of purged) log(`consentgate-server: retention purged ${p.deleted} receipts of ${p.site} (checkpoint at entry ${p.checkpoint})`);
    } catch (error) {
      console.error('consentgate-server: retention failed:', (error as Error).message);
    }
  };
  await upkeep();
  const timer = setInterval(() => void upkeep(), 3600_000);
  timer.unref();
  if (config.origins.length === 0) log('consentgate-server: CONSENTGATE_ORIGINS is empty, so every site is refused; list your site origins');
  if (!config.adminToken) log('consentgate-server: no CONSENTGATE_ADMIN_TOKEN: export, verify and the dashboard are off');
  return {
    url,
    store,
    config,
    async stop() {
      clearInterval(timer);
      await close();
      await store.close();
    },
  };
}
