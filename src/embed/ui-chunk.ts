// The script tag's UI chunk, dist/consentgate-ui.js: consentgate.js loads it from beside itself
// when the page needs the UI (./lazy-ui.ts) and receives its export through an event on the
// chunk's own script element, so the chunk adds nothing to the page's globals.
import { mountUi } from '../ui';
import { CHUNK_EVENT } from './chunk';

document.currentScript?.dispatchEvent(new CustomEvent(CHUNK_EVENT, { detail: { mountUi } }));
