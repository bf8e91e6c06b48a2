/**
 * Offers `content` to the person as a download named `fileName`: a Blob of `type` when `content` is text (a CSV:
 * `text/csv;charset=utf-8`), behind a temporary object URL revoked 10 s later (time for the browser to start it).
 */
export function saveFile(fileName: string, content: Blob | string, type = 'application/octet-stream'): void {
  const href = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The content type of the CSV files the web client saves. */
export const CSV_CONTENT_TYPE = 'text/csv;charset=utf-8';
