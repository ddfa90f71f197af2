/**
 * Well-known vendors by category: "category host[/path-and-query-prefix] …;category …".
 * One string because it is the largest constant in the bundle and compresses far better than
 * an array of objects. Sites add or override entries with `gate.rules`, or drop the list.
 * Tag Manager counts as analytics; sites that gate tags inside GTM list it in `firstParty`.
 */
const BUILTIN =
  'analytics google-analytics.com analytics.google.com googletagmanager.com' +
  ';advertising googletagmanager.com/gtag/js?id=AW- googletagmanager.com/gtag/js?id=DC- doubleclick.net' +
  ' googleadservices.com googlesyndication.com google.com/pagead connect.facebook.net facebook.com/tr' +
  ' analytics.tiktok.com snap.licdn.com px.ads.linkedin.com ads-twitter.com analytics.twitter.com t.co/i/adsct' +
  ' ct.pinterest.com s.pinimg.com/ct bat.bing.com' +
  ';session_replay clarity.ms hotjar.com hotjar.io fullstory.com logrocket.io lr-ingest.io lr-ingest.com' +
  ' mouseflow.com smartlook.com smartlook.cloud' +
  ';social youtube.com youtube-nocookie.com player.vimeo.com platform.twitter.com platform.x.com' +
  ' facebook.com/plugins instagram.com/embed.js';

/** A host (subdomains included), a prefix of path and query (may be empty), a category. */
export interface Rule {
  _host: string;
  _path: string;
  _category: string;
  _service?: string;
}

/** `host/path` → a rule; hosts are compared in lower case, without a leading `*.` or `.`. */
export const rule = (pattern: string, category: string, service?: string): Rule => {
  const bare = pattern.replace(/^\*?\./, '');
  const cut = bare.search(/[/?]|$/);
  return { _host: bare.slice(0, cut).toLowerCase(), _path: bare.slice(cut), _category: category, _service: service };
};

/** The built-in list, most specific first, so `…/gtag/js?id=AW-` wins over the bare host. */
export const builtinRules = (): Rule[] =>
  BUILTIN.split(';')
    .flatMap((group) => {
      const [category, ...patterns] = group.split(' ');
      return patterns.map((pattern) => rule(pattern, category!));
    })
    .sort((a, b) => b._host.length + b._path.length - a._host.length - a._path.length);

/** `host` is `suffix` or one of its subdomains. */
export const underHost = (host: string, suffix: string): boolean => host === suffix || host.endsWith('.' + suffix);

// The host of a URL that can leave the site (relative paths, data: and blob: cannot). Browsers
// read "\\" as "/" in http(s) URLs, so both count.
const HOST = /^\s*(?:https?:)?[/\\]{2}(?:[^/\\?#@]*@)?([^/\\?#:]+)/i;

export interface Matcher {
  /** The rule a URL falls under, or undefined. The first matching rule wins; first-party hosts never match. */
  (url: string, base: string): Rule | undefined;
  /** Whether an HTML string names any host of the rules at all. */
  _mentions(html: string): boolean;
}

/**
 * Compiles the rules once. Parsing a URL costs microseconds and a page may set thousands of
 * `src`s, so a look-up of the URL's host and its parent domains rejects nearly all of them first.
 */
export function matcher(rules: readonly Rule[], firstParty: readonly string[]): Matcher {
  const hosts = new Set(rules.map((r) => r._host));
  const escaped = [...hosts].map((host) => host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // In HTML a URL's host follows "/", "." (a subdomain) or "@", and ends where a host name cannot go on.
  const mentions = new RegExp(`[/\\\\.@](?:${escaped.join('|') || '$^'})(?![\\w.-])`, 'i');
  const match = (url: string, base: string): Rule | undefined => {
    let host = HOST.exec(url)?.[1]!.toLowerCase();
    while (host && !hosts.has(host)) host = host.slice(host.indexOf('.') + 1 || host.length);
    if (host) {
      try {
        const { hostname, pathname, search } = new URL(url, base);
        if (!firstParty.some((own) => underHost(hostname, own))) {
          return rules.find((r) => underHost(hostname, r._host) && (pathname + search).startsWith(r._path));
        }
      } catch {
        // Not a URL the browser could fetch either.
      }
    }
  };
  return Object.assign(match, { _mentions: (html: string) => mentions.test(html) });
}
