import { describe, expect, it } from 'vitest';
import { hostCovers, neverAddReason } from '../../src/reading/never-add';

describe('pages never added by reading', () => {
  it('lets ordinary news article addresses through', () => {
    for (const url of [
      'https://www.reuters.com/world/europe/obama-putin-meet-2016-09-05/',
      'https://edition.cnn.com/2016/09/05/politics/obama-putin-g20/index.html',
      'http://127.0.0.1:8080/site/article.html?ref=home',
      'https://www.theguardian.com/business/2013/apr/26/samsung-galaxy-s4-sales',
    ]) expect(neverAddReason(url), url).toBeUndefined();
  });

  it('refuses mail, banking and payment hosts', () => {
    expect(neverAddReason('https://mail.google.com/mail/u/0/#inbox')).toMatch(/mail/);
    expect(neverAddReason('https://outlook.live.com/mail/0/')).toMatch(/mail/);
    expect(neverAddReason('https://webmail.example.net/?_task=mail')).toMatch(/mail/);
    expect(neverAddReason('https://app.proton.me/mail/inbox')).toMatch(/mail/);
    expect(neverAddReason('https://www.examplebank.com/accounts/summary')).toMatch(/bank/);
    expect(neverAddReason('https://online.sparkasse-musterstadt.de/')).toMatch(/bank/);
    expect(neverAddReason('https://www.paypal.com/myaccount/summary')).toMatch(/bank|payment/);
  });

  it('refuses search engines and search, sign-in and checkout pages of any site', () => {
    expect(neverAddReason('https://www.google.com/search?q=obama+putin')).toMatch(/search/);
    expect(neverAddReason('https://www.google.co.uk/search?q=g20')).toMatch(/search/);
    expect(neverAddReason('https://duckduckgo.com/?q=g20')).toMatch(/search/);
    expect(neverAddReason('https://www.bing.com/news/search?q=g20')).toMatch(/search/);
    expect(neverAddReason('https://www.bbc.co.uk/search?q=summit')).toMatch(/search/);
    expect(neverAddReason('https://news.example.com/results?q=summit')).toMatch(/search/);
    expect(neverAddReason('https://www.nytimes.com/login')).toMatch(/sign-in/);
    expect(neverAddReason('https://shop.example.com/checkout/step-2')).toMatch(/checkout/);
  });

  it("refuses the reader's own sites, subdomains included, and nothing that only resembles them", () => {
    const list = ['example-news.com', '*.tabloid.co.uk'];
    expect(neverAddReason('https://example-news.com/a', list)).toMatch(/your list/);
    expect(neverAddReason('https://www.example-news.com/a', list)).toMatch(/your list/);
    expect(neverAddReason('https://sport.tabloid.co.uk/a', list)).toMatch(/your list/);
    expect(neverAddReason('https://notexample-news.com/a', list)).toBeUndefined();
    expect(hostCovers('example.com', 'badexample.com')).toBe(false);
  });

  it('refuses what is not a web page', () => {
    expect(neverAddReason('file:///home/me/article.html')).toMatch(/not a web page/);
    expect(neverAddReason('not a url')).toMatch(/address/);
  });
});
