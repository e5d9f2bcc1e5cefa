/** Text made safe to match literally inside a RegExp ("U.S." matches "U.S.", not "UxSx"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
