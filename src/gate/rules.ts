/**
 * Well-known vendors by category: "category host[/path-and-query-prefix] …;category …". One
 * string: the largest constant in the bundle, and it compresses far better than objects. The
 * first matching rule wins, so a path-specific rule comes before any rule for its bare host
 * (advertising's `googletagmanager.com/gtag/js?id=AW-` before analytics' `googletagmanager.com`).
 * Sites add rules of their own (checked first) with `gate.rules`, or drop this list.
 * Tag Manager counts as analytics; sites that gate tags inside GTM list it in `firstParty`.
 */
const BUILTIN =
  'advertising googletagmanager.com/gtag/js?id=AW- googletagmanager.com/gtag/js?id=DC- doubleclick.net' +
  ' googleadservices.com googlesyndication.com google.com/pagead connect.facebook.net facebook.com/tr' +
  ' analytics.tiktok.com snap.licdn.com px.ads.linkedin.com ads-twitter.com analytics.twitter.com t.co/i/adsct' +
  ' ct.pinterest.com s.pinimg.com/ct bat.bing.com' +
  ';analytics google-analytics.com analytics.google.com googletagmanager.com' +
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
  const [, host, path] = /^(?:\*?\.)?([^/?]*)(.*)/s.exec(pattern)!;
  return { _host: host!.toLowerCase(), _path: path!, _category: category, _service: service };
};

/** The built-in list, in its order. */
export const builtinRules = (): Rule[] =>
  BUILTIN.split(';').flatMap((group) => {
    const [category, ...patterns] = group.split(' ');
    return patterns.map((pattern) => rule(pattern, category!));
  });

/** `host` is `suffix` or one of its subdomains. */
const under = (host: string, suffix: string): boolean => host === suffix || host.endsWith('.' + suffix);

/**
 * Whether a string names any rule's host at all, a cheap first test for URLs and HTML: a URL's
 * host follows "/" or "\\" (browsers read both alike in http(s) URLs), "." (a subdomain), "@"
 * (after a user name) or ":" (`https:host`), and ends where a host name cannot go on, after one
 * optional dot (`hotjar.com.` is the same host, fully qualified). A percent-escape, tab or line
 * break also counts: the URL parser decodes or drops them, in the host too, so only parsing can tell.
 */
export const mentions = (rules: readonly Rule[]): RegExp =>
  RegExp(`[/\\\\.@:](?:${rules.map((r) => r._host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '$^'})\\.?(?![\\w.-])|[\\t\\n\\r]|%[\\da-f]{2}`, 'i');

/**
 * The first rule that a URL written inside a frame's document falls under: the HTML of a
 * `srcdoc`, or a `data:` URL's content (percent-escapes read byte by byte, as the browser
 * does, so a malformed one does not hide what follows).
 */
export function within(text: string, find: (url: string) => Rule | undefined): Rule | undefined {
  const data = /^\s*data:([^,]*),/i.exec(text);
  if (data) {
    text = text.slice(data[0].length).replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    try {
      if (/;base64$/i.test(data[1]!)) text = atob(text);
    } catch {
      // Not base64 after all: the text as it is.
    }
  }
  for (const [url] of text.matchAll(/(?:[a-z][\w+.-]*:)?\/\/[^\s"'<>`]+/gi)) {
    const rule = find(url);
    if (rule) return rule;
  }
}

/**
 * The rule a URL falls under, or undefined: the first that matches, and none for first-party
 * hosts. Parsing a URL costs microseconds and a page may set thousands of `src`s, so one RegExp
 * test rejects nearly all of them first.
 */
export function matcher(rules: readonly Rule[], firstParty: readonly string[]): (url: string, base: string) => Rule | undefined {
  const named = mentions(rules);
  return (url, base) => {
    if (named.test(url)) {
      try {
        const { hostname, pathname, search } = new URL(url, base);
        const host = hostname.replace(/\.$/, '');
        if (!firstParty.some((own) => under(host, own))) {
          return rules.find((r) => under(host, r._host) && (pathname + search).startsWith(r._path));
        }
      } catch {
        // Not a URL the browser could fetch either.
      }
    }
  };
}
