import { describe, expect, it } from 'vitest';
import { isClaimWorthy } from '../../src/engine';

describe('isClaimWorthy', () => {
  it.each([
    'Regolare Commento Stampare', 'Adjust font size:', 'You are here:   Home', 'Advertisement', 'Share',
    '7695 views Поделиться:', 'Güncelleme Tarihi: 16 Kasım 2015, 10:59', "Before it's here, it's on the Bloomberg Terminal.",
    'Print:', 'Xinhua, September 6, 2016 Adjust font size:', 'Updated 14:32 GMT, 5 September 2016',
    'Home | World | Politics | Business | Tech',
  ])('rejects chrome: %s', (s) => expect(isClaimWorthy(s)).toBe(false));
  it.each([
    'According to Russian news agencies, the pair met for 20 minutes.',
    'Obama and Putin failed to agree on Syria',
    '"It was constructive," a US official said after the meeting.',
  ])('accepts a claim: %s', (s) => expect(isClaimWorthy(s)).toBe(true));
});
