/** Saving data as a file from an extension page, without any network request. */

/** Offer `data` as a JSON file download (Blob + object URL + <a download>). */
export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, JSON.stringify(data, null, 2), 'application/json');
}

/** Offer `text` as a file download of the given type (CSV, SVG …), made locally. */
export function downloadText(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "claimlens-library-2026-11-21.json". */
export function exportFileName(now = new Date()): string {
  return `claimlens-library-${now.toISOString().slice(0, 10)}.json`;
}
