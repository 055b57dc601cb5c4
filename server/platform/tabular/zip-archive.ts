import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { AppError, ErrorCode } from '../../../core/errors';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Large pieces: fewer hand-overs between the parser and the inflater on libuv's thread pool. */
const INFLATED_CHUNK = 256 * 1024;

/**
 * 压缩包目录 — the entries of a zip read from its central directory at the end of the file. Local headers in the
 * stream may be out of date (sizes deferred to data descriptors), the central directory never is, and reading it
 * first lets us inflate the parts of a workbook in the order we need them. Returns null when the file has no
 * central directory (a truncated or damaged zip).
 */
export async function readZipDirectory(file: FileHandle, fileSize: number): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(file, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) return null;
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = fileSize - tailLength + eocd - 20;
    if (locatorAt < 0) return null;
    const locator = await readAt(file, locatorAt, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) return null;
    const record = await readAt(file, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return null;
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > fileSize) return null;
  return parseCentralDirectory(await readAt(file, directoryOffset, directorySize), count);
}

function parseCentralDirectory(directory: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      isEncrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets too large for 32 bits sit in the zip64 extra field, in this order, only when saturated. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(field)) : 0xffffffff;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * The uncompressed bytes of one entry, streamed. `onCompressed` is told of the compressed bytes read, for progress.
 * A damaged entry fails with TABLE_XLSX_INVALID naming it.
 */
export async function* readZipEntry(
  filePath: string,
  file: FileHandle,
  entry: ZipEntry,
  onCompressed?: (bytes: number) => void,
): AsyncGenerator<Buffer, void, undefined> {
  if (entry.isEncrypted) throw damaged(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`);
  const local = await readAt(file, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw damaged(`${entry.name} has no local header`);
  if (entry.compressedSize === 0) return;
  const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const source = createReadStream(filePath, {
    start: dataStart,
    end: dataStart + entry.compressedSize - 1,
    highWaterMark: INFLATED_CHUNK,
  });
  if (onCompressed) source.on('data', (chunk) => onCompressed(chunk.length));
  let stream: NodeJS.ReadableStream = source;
  if (entry.method === 8) {
    const inflater = createInflateRaw({ chunkSize: INFLATED_CHUNK });
    source.on('error', (error) => inflater.destroy(error));
    stream = source.pipe(inflater);
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    throw damaged(`${entry.name}: ${(error as Error).message}`, error);
  } finally {
    source.destroy();
    if (stream !== source) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

export function damaged(reason: string, cause?: unknown): AppError {
  return new AppError(ErrorCode.TABLE_XLSX_INVALID, { reason }, { cause });
}
