/**
 * Pages that are never added to the library by "add the articles I read", whatever the reader's
 * settings: mail, banking, search results, sign-in and account pages, and the sites the reader
 * listed. Checked twice: on the address here (before anything is read from the page), and on the
 * page itself by the extractor's signals (password fields, payment fields, forms: see
 * article-signals.ts), because a bank or mail service does not always say so in its host name.
 */

/** Search engines: their result pages are lists of other pages, not articles. */
const SEARCH_HOSTS = ['google.', 'bing.com', 'duckduckgo.com', 'search.yahoo.com', 'yandex.', 'baidu.com', 'ecosia.org', 'startpage.com', 'search.brave.com', 'qwant.com', 'kagi.com'];

/** Host labels that name mail and webmail services. */
const MAIL_LABEL = /^(mail|webmail|email|outlook|inbox|imap|owa)\b/;
const MAIL_HOSTS = ['proton.me', 'protonmail.com', 'tuta.com', 'tutanota.com', 'fastmail.com', 'zoho.com', 'gmx.', 'mail.'];

/** Host labels of banks, payment and brokerage services. */
const BANK_LABEL = /bank|banking|banque|sparkasse|creditunion|paypal|brokerage/;

/** Paths of sign-in, account, checkout and search pages on any site. */
const ACCOUNT_PATH = /^\/(login|log-in|signin|sign-in|signup|sign-up|account|accounts|my-account|checkout|cart|billing|auth|oauth|password|settings|search)(\/|$)/i;
const SEARCH_PARAMS = ['q', 'query', 'search', 'search_query', 's'];

/** True when `host` is `site` or one of its subdomains. */
export function hostCovers(site: string, host: string): boolean {
  const s = site.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  return !!s && (h === s || h.endsWith(`.${s}`));
}

/**
 * Why a page at `url` is never added (a sentence a reader understands), or undefined when its
 * address does not rule it out. `readerSites` is the reader's own never-add list.
 */
export function neverAddReason(url: string, readerSites: readonly string[] = []): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a web page address';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'not a web page';
  const host = u.hostname.toLowerCase();
  const listed = readerSites.find((s) => hostCovers(s, host));
  if (listed) return `${listed} is on your list of sites never to add`;
  const labels = host.split('.');
  if (labels.some((l) => MAIL_LABEL.test(l)) || MAIL_HOSTS.some((m) => (m.endsWith('.') ? host.startsWith(m) || host.includes(`.${m}`) : hostCovers(m, host)))) {
    return 'mail pages are never added';
  }
  if (labels.some((l) => BANK_LABEL.test(l))) return 'bank and payment sites are never added';
  const isSearchHost = labels.includes('search') || SEARCH_HOSTS.some((s) => (s.endsWith('.') ? labels.includes(s.slice(0, -1)) : hostCovers(s, host)));
  if (isSearchHost) return 'search pages are never added';
  if (ACCOUNT_PATH.test(u.pathname)) return 'sign-in, account, checkout and search pages are never added';
  if (SEARCH_PARAMS.some((p) => u.searchParams.has(p)) && /search|results|find/i.test(u.pathname)) return 'search pages are never added';
  return undefined;
}
