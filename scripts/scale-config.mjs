// A large site's config: 20 categories (necessary + 19), 300 services (15 per optional category
// plus 15 necessary ones) and 1,000 cookie declarations, a third of them patterns (RegExp).
// Shared by scripts/bench-scale.mjs and test/e2e/scale.test.ts.

export const CATEGORIES = 20;
export const SERVICES = 300;
export const COOKIES = 1000;

export function scaleConfig() {
  const categories = [];
  let cookie = 0;
  for (let c = 0; c < CATEGORIES; c++) {
    const services = [];
    for (let s = 0; s < SERVICES / CATEGORIES; s++) {
      const n = c * (SERVICES / CATEGORIES) + s;
      // 1,000 cookies over 300 services: 3 each, and one more for the first 100.
      const count = 3 + (n < COOKIES - 3 * SERVICES ? 1 : 0);
      const cookies = [];
      for (let k = 0; k < count; k++, cookie++) {
        cookies.push(
          k === 0
            ? { name: new RegExp(`^_v${n}_[a-z0-9]+$`), expiry: '1 year', description: `Pattern cookie ${cookie}.` }
            : { name: `_v${n}_c${k}`, expiry: '30 days', description: `Cookie ${cookie} of vendor ${n}.` },
        );
      }
      services.push({
        id: `s${n}`,
        name: `Vendor ${n}`,
        provider: `Vendor ${n} Ltd`,
        purpose: `What vendor ${n} does with the data, in one sentence a visitor can read.`,
        privacyPolicyUrl: `https://vendor${n}.example/privacy`,
        cookies,
        storageKeys: [`_v${n}_store`, new RegExp(`^_v${n}_ls_`)],
      });
    }
    categories.push(
      c === 0
        ? { id: 'necessary', required: true, label: 'Necessary', description: 'Keeps the site running.', services }
        : { id: `cat${c}`, label: `Category ${c}`, description: `Purpose of category ${c}.`, services },
    );
  }
  return { regime: 'opt-in', region: 'DE', categories };
}

/** The config as JavaScript source (RegExp literals kept), for `window.consentgateConfig = …`. */
export function configSource(config = scaleConfig()) {
  return JSON.stringify(config, (_key, value) => (value instanceof RegExp ? { __re: value.source, __flags: value.flags } : value))
    .replace(/\{"__re":("(?:[^"\\]|\\.)*"),"__flags":("[a-z]*")\}/g, (_m, source, flags) => `new RegExp(${source}, ${flags})`);
}
