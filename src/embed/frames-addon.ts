// dist/consentgate-frames.js, the cross-site frame bridge (config `frames`). Include it BEFORE
// consentgate.js, both on the top-level page and in the site's own pages that other sites (or
// the site's other domains) frame:
//   - on the top page it answers frames from the consent cookie consentgate.js uses (any frame
//     may read, only `frames.origins` may write);
//   - in a cross-site frame it gives consentgate.js the top page's record as its storage, asked
//     for by postMessage, since a third-party cookie would be blocked or partitioned. Until the
//     top answers, nothing is stored and nothing optional is granted.
// Both need consentgate.js's environment, which is only reachable before it starts (./addon.ts).
import { answerFrames, frameOrigins, inCrossOriginFrame } from '../browser';
import { frameStorage } from '../storage';
import { announce, beforeStart, pageConfig, whenStarted } from './addon';

function start(): void {
  announce('frames');
  let ok = true;
  if (window.top === window) {
    const { origins, errors } = frameOrigins(pageConfig().frames);
    errors.forEach((error) => console.error(error));
    ok = beforeStart((env) => whenStarted((manager) => answerFrames(manager, { origins, storage: env.storage })), true);
  } else if (inCrossOriginFrame()) {
    ok = beforeStart((env) => {
      const storage = (env.storage = frameStorage(window.top!));
      whenStarted((manager) => storage.onChange(() => manager.refresh()));
    }, true);
  }
  if (!ok) console.error('consentgate: consentgate-frames.js must come before consentgate.js; frames are not bridged');
}

try {
  start();
} catch (cause) {
  console.error('consentgate: the frames add-on could not start', cause);
}
