/**
 * 材料检查 — what the browser can tell about a file before it is sent: its size and whether its extension is one
 * the server accepts. The server still checks the content (a .pdf that is really a PNG is refused there).
 */

/** The server's limit (API.md: 20 MB). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** The extensions the server recognises by content: PDF, PNG, JPEG, and ZIP containers (docx, xlsx). */
export const MATERIAL_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'zip'] as const;

/** For the file picker's `accept`. */
export const MATERIAL_ACCEPT = MATERIAL_EXTENSIONS.map((ext) => `.${ext}`).join(',');

export type UploadProblem = 'empty' | 'too-large' | 'type';

export function checkUpload(file: { name: string; size: number }): UploadProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_MATERIAL_BYTES) return 'too-large';
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!extension || !(MATERIAL_EXTENSIONS as readonly string[]).includes(extension)) return 'type';
  return null;
}

/** "1.2 MB", "340 KB", "12 B" — sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
