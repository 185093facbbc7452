// Offering bytes as a file download from the pane: a Blob URL on an anchor with `download`. Shared
// by the report ("Skapa rapport") and the split ("Dela upp per ansvarig"); small, so the split's
// button can ask `canDownload` in the first load and point to the command line where it cannot.

/** Offers bytes as a file download; false where the host cannot download at all. */
export interface DownloadPort {
  download(bytes: Uint8Array, fileName: string, mimeType: string): boolean;
}

/** Whether the web view can download a file at all (Blob URLs and the anchor's `download`). */
export function canDownload(): boolean {
  return (
    typeof URL !== "undefined" &&
    typeof URL.createObjectURL === "function" &&
    typeof HTMLAnchorElement !== "undefined" &&
    "download" in HTMLAnchorElement.prototype
  );
}

/** A Blob URL on an anchor with `download`; impossible where the web view has neither. */
export const browserDownload: DownloadPort = {
  download(bytes, fileName, mimeType) {
    if (!canDownload()) return false;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: some hosts start reading the file only after the click has returned.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  },
};
