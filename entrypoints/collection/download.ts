/** Saves an exported file through a temporary object URL and a download link (no permission needed). */
import type { ExportedFile } from '@/utils/collection';

export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
