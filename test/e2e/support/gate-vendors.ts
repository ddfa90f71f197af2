// Vendor tags as sites paste them, converted to gated markup, and the local stand-ins that answer
// for the vendors. Each stand-in records that it ran (window.__ran) and writes the first-party
// cookies and storage the real vendor writes, on the registrable domain as the vendor does, so
// the tests can check that nothing is written before consent and everything is removed after.

/** A stand-in script: records its run, then does what the vendor's script does. */
const standIn = (name: string, body: string) => ({
  contentType: 'text/javascript',
  body: `(function () {
  (window.__ran = window.__ran || []).push(${JSON.stringify(name)});
  var site = location.hostname.split('.').slice(-2).join('.');
  function cookie(pair) { document.cookie = pair + '; domain=' + site + '; path=/; max-age=31536000'; }
  ${body}
})();`,
});

export const STAND_INS = {
  'googletagmanager.com/gtag/js': standIn(
    'gtag',
    `cookie('_ga=GA1.1.1234567890.1767225600'); cookie('_ga_TEST123=GS1.1.1767225600.1.0.1767225600.0.0.0');
  navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST123&en=page_view');
  // Engagement pings keep going for the page's life, as gtag's do.
  setInterval(function () { navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST123&en=user_engagement'); }, 150);`,
  ),
  'cdn.usefathom.com/script.js': standIn(
    'fathom',
    `window.fathom = { trackEvent: function (name) {
    window.__ran.push('fathom:' + name);
    new Image().src = 'https://cdn.usefathom.com/?name=' + encodeURIComponent(name);
  } };`,
  ),
  'connect.facebook.net': standIn(
    'fbevents',
    `cookie('_fbp=fb.1.1767225600000.1234567890');
  new Image().src = 'https://www.facebook.com/tr/?id=1234567890&ev=PageView&dl=' + encodeURIComponent(location.href);`,
  ),
  'static.hotjar.com': standIn(
    'hotjar',
    `cookie('_hjSessionUser_1234567=eyJpZCI6IjEifQ=='); cookie('_hjSession_1234567=eyJpZCI6IjIifQ==');
  localStorage.setItem('_hjSessionUser_1234567', '{"id":"1"}');
  sessionStorage.setItem('_hjRecordingLastActivity', String(Date.now()));
  setInterval(function () {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', 'https://in.hotjar.com/api/v2/client/sites/1234567/visit-data');
    xhr.send('{}');
  }, 150);`,
  ),
  'snap.licdn.com': standIn(
    'linkedin',
    `cookie('li_fat_id=abc-123');
  new Image().src = 'https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=123456&url=' + encodeURIComponent(location.href);`,
  ),
  'clarity.ms/tag': standIn(
    'clarity',
    `cookie('_clck=1a2b3c|2|fk0|0|1'); cookie('_clsk=4d5e6f|1767225600000|1|1|k.clarity.ms/collect');
  fetch('https://k.clarity.ms/collect', { method: 'POST', body: '{}', keepalive: true });`,
  ),
  'bat.bing.com/bat.js': standIn(
    'bat',
    `window.UET = function (options) { window.__ran.push('uet:init'); this.push = function () {}; };`,
  ),
  'youtube-nocookie.com/embed': { contentType: 'text/html', body: '<!doctype html><title>video</title><p>A video</p>' },
};

/** The vendors' hosts, by the category the site files them under. */
export const HOSTS = {
  analytics: ['googletagmanager.com', 'google-analytics.com', 'usefathom.com'],
  advertising: ['facebook.net', 'facebook.com', 'licdn.com', 'linkedin.com', 'pinterest.com', 'bing.com'],
  session_replay: ['hotjar.com', 'hotjar.io', 'clarity.ms'],
  social: ['youtube-nocookie.com', 'youtube.com'],
};

/** Everything each vendor runs once consent is given, in the order the page declares it. */
export const ALL_RAN = [
  'snippet:ga', 'snippet:fathom', 'snippet:meta', 'snippet:hotjar', 'snippet:linkedin',
  'gtag', 'fathom', 'fathom:signup-view', 'fbevents', 'hotjar', 'linkedin', 'clarity', 'bat', 'uet:init',
];

/**
 * The site's config, as a script: a JSON config cannot hold the RegExp cookie patterns
 * (`_ga_<id>`, `_hj…`), so these pages set `window.consentgateConfig`.
 */
export const configScript = (overrides = '') => `{
  regime: 'opt-in',
  categories: [
    { id: 'necessary' },
    { id: 'analytics', services: [
      { id: 'google-analytics', name: 'Google Analytics', provider: 'Google Ireland Limited', cookies: [{ name: /^_ga(_|$)/, expiry: '2 years' }] },
      { id: 'fathom', name: 'Fathom Analytics', provider: 'Conva Ventures Inc.' },
    ] },
    { id: 'advertising', services: [
      { id: 'meta-pixel', name: 'Meta Pixel', provider: 'Meta Platforms Ireland', cookies: ['_fbp', '_fbc'] },
      { id: 'linkedin-insight', name: 'LinkedIn Insight Tag', provider: 'LinkedIn Ireland', cookies: ['li_fat_id'] },
    ] },
    { id: 'session_replay', services: [
      { id: 'hotjar', name: 'Hotjar', provider: 'Hotjar Ltd', cookies: [/^_hj/], storageKeys: [/^_hj/] },
      { id: 'clarity', name: 'Microsoft Clarity', provider: 'Microsoft', cookies: ['_clck', '_clsk'] },
    ] },
    { id: 'social', services: [{ id: 'youtube', name: 'YouTube', provider: 'Google Ireland Limited' }] },
  ],
  gate: { network: true },
  ${overrides}
}`;

/** `<head>` tags: the vendors' snippets, each converted to `type="text/plain"` with `data-consent`. */
export const HEAD = `
<!-- Google tag (gtag.js) -->
<script type="text/plain" data-consent="analytics" data-service="google-analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"></script>
<script type="text/plain" data-consent="analytics" data-service="google-analytics">
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-TEST123');
  __ran.push('snippet:ga');
</script>

<!-- Fathom: a deferred library, then code that calls it -->
<script type="text/plain" data-consent="analytics" data-service="fathom" src="https://cdn.usefathom.com/script.js" data-site="ABCDEFGH" defer></script>
<script type="text/plain" data-consent="analytics" data-service="fathom">
  __ran.push('snippet:fathom');
  fathom.trackEvent('signup-view');
</script>

<!-- Meta Pixel Code -->
<script type="text/plain" data-consent="advertising" data-service="meta-pixel">
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
__ran.push('snippet:meta');
</script>
<noscript><img height="1" width="1" style="display:none" data-consent="advertising"
data-src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"/></noscript>
<!-- End Meta Pixel Code -->

<!-- Hotjar Tracking Code -->
<script type="text/plain" data-consent="session_replay" data-service="hotjar">
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
    __ran.push('snippet:hotjar');
</script>`;

/** `<body>`: a YouTube embed, the LinkedIn Insight Tag, and the site's own code adding trackers late. */
export const BODY = `
<h1>Article</h1>
<iframe width="560" height="315" data-consent="social" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>

<script type="text/plain" data-consent="advertising" data-service="linkedin-insight">
_linkedin_partner_id = "123456";
window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];
window._linkedin_data_partner_ids.push(_linkedin_partner_id);
</script><script type="text/plain" data-consent="advertising" data-service="linkedin-insight">
(function(l) {
if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};
window.lintrk.q=[]}
var s = document.getElementsByTagName("script")[0];
var b = document.createElement("script");
b.type = "text/javascript";b.async = true;
b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";
s.parentNode.insertBefore(b, s);})(window.lintrk);
__ran.push('snippet:linkedin');
</script>
<noscript>
<img height="1" width="1" style="display:none;" alt="" data-consent="advertising" data-src="https://px.ads.linkedin.com/collect/?pid=123456&fmt=gif" />
</noscript>

<script>
  // The site's own code, not gated: tags added late by code, as a tag manager or a widget does.
  setTimeout(function () {
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "abcdefghij");
    // Microsoft UET: its loader finishes in the script's onload handler.
    (function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");
    new Image().src = 'https://ct.pinterest.com/v3/?tid=2612345678901&event=pagevisit&noscript=1';
    document.body.insertAdjacentHTML('beforeend', '<img alt="" width="1" height="1" src="https://bat.bing.com/action/0?ti=12345678&Ver=2">');
    window.__lateDone = true;
  }, 150);
</script>`;
