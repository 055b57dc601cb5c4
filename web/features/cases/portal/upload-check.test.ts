import { describe, expect, it } from 'vitest';
import { checkUpload, formatSize, MAX_MATERIAL_BYTES, type UploadProblem } from './upload-check';

describe('checkUpload', () => {
  it.each<[string, number, UploadProblem | null]>([
    ['审计报告.pdf', 1000, null],
    ['营业执照.JPG', 2000, null],
    ['scan.jpeg', 2000, null],
    ['plan.docx', 2000, null],
    ['figures.xlsx', 2000, null],
    ['photo.png', MAX_MATERIAL_BYTES, null],
    ['photo.png', MAX_MATERIAL_BYTES + 1, 'too-large'],
    ['empty.pdf', 0, 'empty'],
    ['virus.exe', 100, 'type'],
    ['old.doc', 100, 'type'],
    ['no-extension', 100, 'type'],
  ])('%s (%d bytes) → %s', (name, size, problem) => {
    expect(checkUpload({ name, size })).toBe(problem);
  });
});

describe('formatSize', () => {
  it.each<[number, string]>([
    [12, '12 B'],
    [2048, '2 KB'],
    [1536 * 1024, '1.5 MB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
