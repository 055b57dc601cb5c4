/**
 * 公文 PDF — renders one official document (notice or decision) on A4 with the embedded CJK font: title, reference
 * number, addressee, body paragraphs, a numbered list of items, and the signature block with the date. When the
 * issuing body acts by delegation, the block carries the zone's mark before its name, e.g.
 * "张江科学城 · 金桥管理局（受委托）", as the expansion plan requires of approval documents.
 */
import PDFDocument from 'pdfkit';
import { loadCjkFont, type CjkFont } from './cjk-font';

/** 落款 — who issues the document. */
export interface DocumentSignature {
  unitName: string;
  /** The mark of the zone in whose name the unit acts (张江科学城), or null when it acts in its own name. */
  mark: string | null;
}

/** 公文内容 */
export interface OfficialDocument {
  title: string;
  /** The reference printed under the title (the case number). */
  reference: string;
  addressee: string;
  paragraphs: readonly string[];
  /** Numbered items (every item of a correction notice, the reasons of a refusal). */
  items?: readonly string[];
  signature: DocumentSignature;
  /** The date printed with the signature, e.g. 2026年11月28日. */
  date: string;
  /** Extra document information fields (Subject, Keywords) for search and checks. */
  subject: string;
}

/** The signature line as printed: the unit's name, or the mark, the name and 受委托 when it acts by delegation. */
export function formatSignature(signature: DocumentSignature): string {
  return signature.mark ? `${signature.mark} · ${signature.unitName}（受委托）` : signature.unitName;
}

export async function renderOfficialDocument(document: OfficialDocument, options: { font?: CjkFont; compress?: boolean } = {}): Promise<Buffer> {
  const font = options.font ?? loadCjkFont();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 80, right: 80 },
    compress: options.compress ?? true,
    info: { Title: document.title, Subject: document.subject, Keywords: document.reference, Creator: 'Zhangjiang Science City Platform' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('cjk', font.data, font.family);
  pdf.font('cjk');

  pdf.fontSize(22).text(document.title, { align: 'center' });
  pdf.moveDown(0.5).fontSize(12).text(document.reference, { align: 'center' });
  pdf.moveDown(1.5).fontSize(13).text(`${document.addressee}：`);
  pdf.moveDown(0.5);
  for (const paragraph of document.paragraphs) pdf.text(paragraph, { indent: 26, lineGap: 4 }).moveDown(0.4);
  (document.items ?? []).forEach((item, i) => pdf.text(`${i + 1}. ${item}`, { indent: 26, lineGap: 4 }).moveDown(0.2));
  pdf.moveDown(3);
  pdf.text(formatSignature(document.signature), { align: 'right' });
  pdf.moveDown(0.3).text(document.date, { align: 'right' });
  pdf.end();
  return done;
}
