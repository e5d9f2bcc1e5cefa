/**
 * What a page itself says about being an article, read by the extractor next to the article
 * (no DOM beyond `Document` reads): an article a reader reads has a long run of prose, few form
 * fields and no password or payment field. Auto-add needs all of it; "Add this article" (the
 * reader's explicit choice) does not use it.
 */
import { isProbablyReaderable } from '@mozilla/readability';

/** The extractor's view of the page, sent back with the article. */
export interface PageSignals {
  /** Readability's own quick test: enough paragraph text outside navigation and comments. */
  readerable: boolean;
  /** A password field (sign-in, banking, mail). */
  password: boolean;
  /** A payment card or bank account field (autocomplete cc-*, iban). */
  payment: boolean;
  /** Visible text inputs, selects and text areas (search forms and mail composers have some; articles few). */
  formFields: number;
}

/** Read the page's signals. */
export function readPageSignals(doc: Document): PageSignals {
  const fields = Array.from(doc.querySelectorAll('input, select, textarea')).filter((el) => {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return !['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio'].includes(type);
  });
  return {
    readerable: isProbablyReaderable(doc),
    password: doc.querySelector('input[type="password" i]') !== null,
    payment: doc.querySelector('[autocomplete^="cc-" i], [autocomplete*=" cc-" i], input[name*="iban" i], input[name*="card-number" i], input[name*="cardnumber" i]') !== null,
    formFields: fields.length,
  };
}

/** More form fields than this and the page is a form (search, mail, account), not an article. */
export const MAX_FORM_FIELDS = 8;

/** Why these signals rule the page out of auto-add, or undefined when they look like an article. */
export function signalsReason(s: PageSignals): string | undefined {
  if (s.password) return 'the page asks for a password (sign-in, bank or mail pages are never added)';
  if (s.payment) return 'the page has payment fields';
  if (s.formFields > MAX_FORM_FIELDS) return `the page is a form (${s.formFields} fields), not an article`;
  if (!s.readerable) return "the page doesn't look like an article";
  return undefined;
}
