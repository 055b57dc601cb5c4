import { createReadStream } from 'node:fs';
import { AppError, ErrorCode } from '../../../core/errors';
import { CsvParser, type CsvRecord } from './csv-parser';
import type { RowSource } from './row-source';
import type { TextEncodingName } from './sniff-content';
import { sniffDelimiter } from './sniff-delimiter';

/** Bytes per read; exported so tests can place multi-byte characters across the boundaries. */
export const CSV_CHUNK_BYTES = 64 * 1024;

/**
 * CSV rows, decoded as the stream arrives: the decoder keeps a multi-byte character cut by a chunk boundary for the
 * next chunk, and the parser keeps a record cut by one. Bytes that are invalid in the detected encoding stop the
 * read (TABLE_ENCODING_INVALID) rather than turning silently into replacement characters.
 */
export function csvRowSource(filePath: string, encoding: TextEncodingName, sample: Uint8Array): RowSource {
  const text = new TextDecoder(encoding).decode(sample, { stream: true });
  // Excel's "sep=;" first line names the delimiter; Excel does not show it as a row, so neither do we.
  const hint = /^sep=([^\r\n])\r?\n/i.exec(text);
  const delimiter = hint ? hint[1]! : sniffDelimiter(text);
  const hide = hint ? hideHintLine : (batch: CsvRecord[]) => batch;
  let position = 0;

  async function* open(): AsyncGenerator<CsvRecord[], void, undefined> {
    position = 0;
    const decoder = new TextDecoder(encoding, { fatal: true });
    const parser = new CsvParser(delimiter);
    const stream = createReadStream(filePath, { highWaterMark: CSV_CHUNK_BYTES });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const batch: CsvRecord[] = [];
        parser.push(decode(decoder, chunk, parser, encoding), batch);
        position += chunk.length;
        yield hide(batch);
      }
      const batch: CsvRecord[] = [];
      parser.push(decode(decoder, undefined, parser, encoding), batch);
      parser.end(batch);
      yield hide(batch);
    } finally {
      stream.destroy();
    }
  }

  return { open, bytesRead: () => position };
}

function hideHintLine(batch: CsvRecord[]): CsvRecord[] {
  for (const record of batch) record.rowNo -= 1;
  return batch[0]?.rowNo === 0 ? batch.slice(1) : batch;
}

function decode(decoder: TextDecoder, chunk: Buffer | undefined, parser: CsvParser, encoding: string): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch (error) {
    throw new AppError(ErrorCode.TABLE_ENCODING_INVALID, { rowNo: parser.currentRowNo, encoding: encoding.toUpperCase() }, { cause: error });
  }
}
