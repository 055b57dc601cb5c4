/**
 * 材料类型识别 — what an upload really is, from its first bytes (PDF, PNG, JPEG, ZIP — which OOXML documents are),
 * and whether its file extension agrees. The extension alone is never trusted.
 */
import { AppError } from '../../../core/errors';

/** 材料类型 */
export interface MaterialType {
  kind: 'pdf' | 'png' | 'jpeg' | 'zip';
  mediaType: string;
  label: string;
}

const TYPES: ReadonlyArray<MaterialType & { magic: readonly number[]; extensions: readonly string[] }> = [
  { kind: 'pdf', mediaType: 'application/pdf', label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] },
  { kind: 'png', mediaType: 'image/png', label: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['png'] },
  { kind: 'jpeg', mediaType: 'image/jpeg', label: 'JPEG', magic: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
  { kind: 'zip', mediaType: 'application/zip', label: 'ZIP', magic: [0x50, 0x4b, 0x03, 0x04], extensions: ['zip', 'docx', 'xlsx', 'pptx', 'ofd'] },
];

const OOXML_MEDIA_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function sniffMaterial(name: string, content: Buffer): MaterialType {
  const type = TYPES.find((t) => t.magic.every((byte, i) => content[i] === byte));
  if (!type) throw new AppError('CASE_MATERIAL_TYPE_UNSUPPORTED', { name });
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!type.extensions.includes(extension)) throw new AppError('CASE_MATERIAL_TYPE_MISMATCH', { name, detected: type.label, extension });
  return { kind: type.kind, mediaType: OOXML_MEDIA_TYPES[extension] ?? type.mediaType, label: type.label };
}
