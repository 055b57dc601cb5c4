import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { loadCjkFont } from './cjk-font';
import { extractPdfText } from './pdf-text';
import { formatSignature, renderOfficialDocument, type OfficialDocument } from './render-official-document';

const NOTICE: OfficialDocument = {
  title: '补正告知书',
  reference: 'ZJZX-2026-000123',
  addressee: '金桥示范智能制造有限公司',
  paragraphs: ['你单位申请的张江科学城专项发展资金，经审查，材料不齐全，请一次性补正以下事项：'],
  items: ['缺少：审计报告', '有误：研发投入金额'],
  signature: { unitName: '金桥管理局', mark: '张江科学城' },
  date: '2026年11月28日',
  subject: 'ZJZX-2026-000123 correction-notice',
};

// Opening the CJK collection and subsetting it takes seconds on a busy machine.
describe('renderOfficialDocument', { timeout: 30_000 }, () => {
  it('renders a PDF with the embedded CJK font whose text holds the title, case number, items and delegation mark', async () => {
    const pdf = await renderOfficialDocument(NOTICE, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(/\/FontFile[23]?\s/.test(raw), 'the font is embedded').toBe(true);
    expect(raw.includes('NotoSansCJKsc-Regular'), 'the CJK face is used').toBe(true);
    const text = extractPdfText(pdf);
    expect(text.length, 'text was extracted').toBeGreaterThan(20);
    expect(text).toContain('ZJZX-2026-000123');
    expect(text).toContain('补正告知书');
    expect(text).toContain('缺少：审计报告');
    expect(text).toContain('有误：研发投入金额');
    expect(text).toContain('张江科学城 · 金桥管理局（受委托）');
  });

  it('compresses by default and stays small (a subset of the font, not the whole collection)', async () => {
    const pdf = await renderOfficialDocument(NOTICE);
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.length).toBeLessThan(500_000);
  });

  it('signs in the unit\'s own name when it does not act by delegation', () => {
    expect(formatSignature({ unitName: '上海市浦东新区科技和经济委员会', mark: null })).toBe('上海市浦东新区科技和经济委员会');
  });

  it('refuses to start without the font, naming the path', () => {
    expect(() => loadCjkFont('/nonexistent/font.ttc')).toThrow(AppError);
    expect(() => loadCjkFont('/nonexistent/font.ttc')).toThrow(/\/nonexistent\/font.ttc/);
  });
});
