import type { ExportFile } from '@/core/export';

/** Hands a file to the browser's download flow (a blob link, so no "downloads" permission is needed). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; keep the URL alive a little for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
