import tpw from 'third-party-web/nostats-subset.js';

/**
 * The registrable domain ("site") of a URL or host, as third-party-web reckons it: the last two
 * labels, three under common second-level suffixes (co.uk, com.au …); an IP address is its own site.
 */
export function siteOf(urlOrHost: string): string {
  const withScheme = /^[a-z][\w+.-]*:/i.test(urlOrHost) ? urlOrHost : `http://${urlOrHost}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return urlOrHost.toLowerCase();
  }
  return (tpw.getRootDomain(`http://${host}/`) ?? host).toLowerCase();
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** A cookie domain (".example.com") or host on the given site. */
export const onSite = (hostOrDomain: string, site: string): boolean => siteOf(hostOrDomain.replace(/^\./, '')) === site;
