/** Saves text as a file, as the browser's own download would, without sending it through a URL or a second request. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the browser has the file before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
