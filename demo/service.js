// Where the demo's consent records service is. `npm start` answers this path itself with the
// service it started (scripts/demo-stack.mjs); served as this file, there is none, and the demo
// sends no receipts.
window.consentgateDemoService = window.consentgateDemoService || null;
