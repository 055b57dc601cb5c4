import type { FastifyReply } from 'fastify';
import { writeXlsx, type XlsxSheet } from './write-xlsx';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 下载 Excel — streams a workbook as an attachment named `fileName` (Chinese names included). */
export function sendXlsx(reply: FastifyReply, fileName: string, sheets: readonly XlsxSheet[]): FastifyReply {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachmentDisposition(fileName))
    .header('cache-control', 'no-store')
    .send(writeXlsx(sheets));
}

/**
 * Content-Disposition with an ASCII `filename` for old clients and the real name as RFC 5987/6266 `filename*`
 * (UTF-8, percent-encoded), which browsers prefer.
 */
export function attachmentDisposition(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters (CR, LF) must never reach a header
  const name = fileName.replace(/[\x00-\x1f\x7f/\\]/g, '_').trim() || 'download.xlsx';
  const ascii = toAsciiFallback(name);
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Non-ASCII runs become one '_', quotes and backslashes too; keeps the extension so the file still opens. */
function toAsciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && /^\.[A-Za-z0-9]{1,8}$/.test(name.slice(dot)) ? name.slice(dot) : '';
  const stem = (extension ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]+|["\\%;]/g, '_');
  return `${/[A-Za-z0-9]/.test(stem) ? stem : 'download'}${extension}`;
}
