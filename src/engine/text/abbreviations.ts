/**
 * Words that end in a full stop without ending a sentence. Lower-case, without the final dot.
 * Titles, months, and common Latin/corporate abbreviations of English news text.
 */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cmdr', 'brig', 'cpl', 'pvt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'corp', 'co', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'est', 'approx',
  'vs', 'etc', 'no', 'nos', 'vol', 'fig', 'al', 'cf', 'ca', 'ft', 'mt', 'ave', 'blvd', 'rd',
]);

/** Capitalised words that normally start a sentence, so a dotted acronym before them ends one. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile',
  'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if', 'as', 'both', 'some', 'many',
  'earlier', 'later', 'then', 'still', 'also', 'despite', 'although', 'since', 'according',
]);
