/**
 * Hands bytes to the planner as a file: a Blob behind an <a download>, clicked and then released. Works
 * in the browser and in Electron's renderer alike, and never leaves the machine.
 */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; releasing on the next turn is safe everywhere.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name with today's date: «parkplan-участки-2026-03-02.xlsx». */
export const datedFileName = (stem: string, subject: string, today: string, extension: string): string =>
  `${stem}-${subject}-${today}.${extension}`.replace(/[\\/:*?"<>|\s]+/g, '_');
