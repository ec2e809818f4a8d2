/**
 * Saves data as a file through a Blob URL and a temporary link (no network). The URL is revoked a little later:
 * revoking it in the same task can cancel the download in some browsers.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `data` as a file of type `mime` (see {@link saveBlob}). */
export function downloadBlob(fileName: string, data: BlobPart, mime: string): void {
  saveBlob(new Blob([data], { type: mime }), fileName);
}

/** Saves `text` as a file (see {@link saveBlob}). */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, text, mime);
}
