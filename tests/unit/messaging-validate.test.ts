import { describe, expect, it } from 'vitest';
import type { Validation } from '../../src/messaging/serve';
import { LIMITS, validateBackgroundRequest, validateCardRequest, validateContentRequest } from '../../src/messaging/validate';

const article = { id: 'a1', outlet: 'CNN', title: 'T', url: 'https://x.example/a', text: 'Some text.' };

function refused(msg: unknown, pattern: RegExp, validate: (m: unknown) => Validation = validateBackgroundRequest): void {
  const r = validate(msg);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(pattern);
}

describe('validateBackgroundRequest', () => {
  it('accepts each well-formed request and copies only the known fields', () => {
    const r = validateBackgroundRequest({
      type: 'match',
      sentences: [{ id: 's1', text: 'Obama met Putin.', extra: 1 }],
      page: { url: 'https://x.example/', title: 'T', evil: '<script>' },
      junk: true,
    });
    expect(r).toEqual({
      ok: true,
      msg: { type: 'match', sentences: [{ id: 's1', text: 'Obama met Putin.' }], page: { url: 'https://x.example/', title: 'T' } },
    });
    for (const msg of [
      { type: 'library.list' },
      { type: 'library.add', article },
      { type: 'library.addMany', articles: [article, article] },
      { type: 'library.delete', ids: ['a', 'b'] },
      { type: 'library.export' },
      { type: 'site.get', host: 'x.example' },
      { type: 'site.set', host: 'x.example', paused: false },
    ]) expect(validateBackgroundRequest(msg)).toEqual({ ok: true, msg });
  });

  it('rejects what is not a request', () => {
    refused(null, /request must be an object/);
    refused('match', /request must be an object/);
    refused([], /request must be an object/);
    refused({}, /request has no type/);
    refused({ type: 'library.drop' }, /unknown request type "library.drop"/);
    refused({ type: 'page.state' }, /unknown request type/); // a content request is not the background's
  });

  it('names the field at fault', () => {
    refused({ type: 'match', sentences: 'x', page: {} }, /^match: sentences must be an array$/);
    refused({ type: 'match', sentences: [{ id: 's1', text: 5 }], page: {} }, /sentences\[0\]\.text must be a string/);
    refused({ type: 'match', sentences: [{ id: '', text: 'a' }], page: {} }, /sentences\[0\]\.id must not be empty/);
    refused({ type: 'match', sentences: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], page: {} }, /id "a" is used twice/);
    refused({ type: 'match', sentences: [], page: { url: 7 } }, /page\.url must be a string/);
    refused({ type: 'library.add' }, /^library\.add: article must be an object$/);
    refused({ type: 'library.add', article: { ...article, text: undefined } }, /article\.text must be a string/);
    refused({ type: 'library.add', article: { ...article, published: 2016 } }, /article\.published must be a string/);
    refused({ type: 'library.delete', ids: ['a', 3] }, /ids\[1\] must be a string/);
    refused({ type: 'site.set', host: 'x.example', paused: 'yes' }, /paused must be true or false/);
    refused({ type: 'site.get', host: '  ' }, /host must not be empty/);
  });

  it('enforces size bounds', () => {
    const sentences = Array.from({ length: LIMITS.sentences + 1 }, (_, i) => ({ id: `s${i}`, text: 'x' }));
    refused({ type: 'match', sentences, page: {} }, new RegExp(`sentences has more than ${LIMITS.sentences} items`));
    refused({ type: 'match', sentences: [{ id: 's', text: 'x'.repeat(LIMITS.sentenceChars + 1) }], page: {} }, /longer than/);
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, text: 'x'.repeat(LIMITS.sentenceChars) }));
    refused({ type: 'match', sentences: many, page: {} }, /characters in all/);
    refused({ type: 'library.add', article: { ...article, text: 'x'.repeat(LIMITS.articleChars + 1) } }, /article\.text is longer than 200000 characters/);
    refused({ type: 'library.addMany', articles: Array.from({ length: LIMITS.addMany + 1 }, () => article) }, /more than 2000 items/);
    refused({ type: 'site.get', host: 'h'.repeat(LIMITS.hostChars + 1) }, /host is longer/);
    expect(validateBackgroundRequest({ type: 'library.add', article: { ...article, text: 'x'.repeat(LIMITS.articleChars) } }).ok).toBe(true);
  });
});

describe('validateContentRequest', () => {
  it('accepts the content requests and refuses background ones and bad fields', () => {
    expect(validateContentRequest({ type: 'page.scrollTo', claimId: 'c3' })).toEqual({ ok: true, msg: { type: 'page.scrollTo', claimId: 'c3' } });
    expect(validateContentRequest({ type: 'page.state' })).toEqual({ ok: true, msg: { type: 'page.state' } });
    refused({ type: 'page.scrollTo', claimId: 3 }, /^page\.scrollTo: claimId must be a string$/, validateContentRequest);
    refused({ type: 'library.list' }, /unknown request type/, validateContentRequest);
  });
});

describe('card relay requests', () => {
  it('accepts the card frame\'s events and copies only known fields', () => {
    expect(validateCardRequest({ type: 'card.relay', token: 'ab12', event: 'ready', extra: 1 })).toEqual({
      ok: true,
      msg: { type: 'card.relay', token: 'ab12', event: 'ready' },
    });
    expect(validateContentRequest({ type: 'page.card', token: 'ab12', event: 'size', height: 240 })).toEqual({
      ok: true,
      msg: { type: 'page.card', token: 'ab12', event: 'size', height: 240 },
    });
  });

  it('refuses unknown events, empty tokens and silly heights', () => {
    expect(validateCardRequest({ type: 'card.relay', token: 'ab', event: 'open' }).ok).toBe(false);
    expect(validateCardRequest({ type: 'card.relay', token: ' ', event: 'ready' }).ok).toBe(false);
    expect(validateCardRequest({ type: 'card.relay', token: 'ab', event: 'size', height: -1 }).ok).toBe(false);
    expect(validateCardRequest({ type: 'card.relay', token: 'ab', event: 'size', height: 'tall' }).ok).toBe(false);
    expect(validateCardRequest({ type: 'match', sentences: [] }).ok).toBe(false);
  });
});
