import { describe, expect, it } from 'vitest';
import { sniffMaterial } from './sniff-material';

const PDF = Buffer.from('%PDF-1.7\n…');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe('sniffMaterial', () => {
  it.each([
    ['report.pdf', PDF, 'application/pdf'],
    ['photo.PNG', PNG, 'image/png'],
    ['scan.jpg', JPEG, 'image/jpeg'],
    ['scan.jpeg', JPEG, 'image/jpeg'],
    ['bundle.zip', ZIP, 'application/zip'],
    ['plan.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['figures.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('accepts %s', (name, content, mediaType) => {
    expect(sniffMaterial(name, content).mediaType).toBe(mediaType);
  });

  it.each([
    ['report.pdf', PNG, 'CASE_MATERIAL_TYPE_MISMATCH'],
    ['photo.png', PDF, 'CASE_MATERIAL_TYPE_MISMATCH'],
    ['report', PDF, 'CASE_MATERIAL_TYPE_MISMATCH'],
    ['run.exe', Buffer.from('MZ\x90\x00'), 'CASE_MATERIAL_TYPE_UNSUPPORTED'],
    ['notes.pdf', Buffer.from('hello'), 'CASE_MATERIAL_TYPE_UNSUPPORTED'],
  ])('refuses %s with the wrong content', (name, content, code) => {
    expect(() => sniffMaterial(name, content)).toThrow(expect.objectContaining({ code }) as Error);
  });
});
