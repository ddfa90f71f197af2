// dist/consentgate-receipts.js, consent receipts (config `receipts`): a receipt posted to the
// site's endpoint on every decision. Include it BEFORE consentgate.js: it then watches the
// storage consentgate.js writes to, so a signal opt-out recorded as the page starts (GPC, no
// visitor action) gets its receipt too. Included after, it still sends one per decision.
import { sendReceipts } from '../integrations';
import { announce, beforeStart, pageConfig, whenStarted } from './addon';

try {
  announce('receipts');
  const options = pageConfig().receipts;
  let wrote = false;
  beforeStart((env) => {
    const storage = env.storage;
    const write = storage.write;
    storage.write = (...args) => ((wrote = true), write.apply(storage, args));
  });
  const taken = (): boolean => {
    const was = wrote;
    wrote = false;
    return was;
  };
  whenStarted((manager) => sendReceipts(manager, options, { wrote: taken }));
} catch (cause) {
  console.error('consentgate: the receipts add-on could not start', cause);
}
