/**
 * Claim-worthiness: page chrome and boilerplate never become claims. The tests are about form
 * (length, share of words, dates, link lists, known interface phrases), so they hold for pages in
 * any language and from any site, not only the seed outlets.
 */

const CHROME = new RegExp(
  [
    'adjust font size', 'you are here', 'before it.s here', 'bloomberg terminal', 'all rights reserved',
    'click here', 'sign up', 'subscribe', 'read more', 'follow us', 'share this', 'related (articles|stories)',
    'advertisement', 'sponsored', 'cookie', 'newsletter', 'terms of (use|service)', 'privacy policy',
    'copyright', '©', 'skip to (main )?content', 'most popular', 'recommended for you', 'photo:', 'image:',
    'getty images', 'reuters/', 'ap photo', 'watch:', 'listen:', 'load more', 'comments', 'log ?in',
  ].join('|'),
  'i',
);
const UPDATED = /(updated|published|posted|last modified|güncelleme|tarihi|aktualisiert|mis à jour|actualizado|aggiornato|обновлено|опубликовано)/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b|\b(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\b/i;
const TIME = /\b\d{1,2}[:.]\d{2}\b|\b(19|20)\d\d\b/;

const LETTER = /\p{L}/u;

/** Is the character at i a letter? ASCII by code, the rest by Unicode property (rarely needed). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]);
}

/**
 * In one pass: how many words of two or more characters (a letter, then letters, apostrophes or
 * hyphens), and how many letters. (A regex match list and a replace did the same at 4x the cost,
 * for every sentence of every article indexed.)
 */
function wordsAndLetters(text: string): { words: number; letters: number } {
  let words = 0;
  let letters = 0;
  let run = 0; // length of the current word, 0 outside one
  for (let i = 0; i < text.length; i++) {
    const letter = isLetter(text, i);
    if (letter) letters++;
    const ch = text[i];
    if (run > 0 && (letter || ch === "'" || ch === '’' || ch === '-')) run++;
    else if (letter) run = 1;
    else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  if (run >= 2) words++;
  return { words, letters };
}

/** True when the sentence states something (a claim), false for chrome and boilerplate. */
export function isClaimWorthy(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length < 20 || text.length > 1200) return false;
  const { words: n, letters } = wordsAndLetters(text);
  if (n < 5) return false;
  // Link lists and menus: several separators in one line.
  if ((text.match(/[•|·▪►»]/g) ?? []).length >= 2) return false;
  if (n < 14 && CHROME.test(text)) return false;
  // Timestamps in any language: a "updated"-word or mostly a date.
  if (n < 9 && (UPDATED.test(text) || MONTH.test(text)) && TIME.test(text)) return false;
  // Mostly non-letters (tables, numbers, codes) or no lower-case at all (shouted labels).
  if (letters / text.length < 0.6) return false;
  if (!/\p{Ll}/u.test(text)) return false;
  // A label ending in a colon ("Print:", "He added:" alone is still a lead-in, not a claim).
  if (/:$/.test(text) && n < 8) return false;
  return true;
}
