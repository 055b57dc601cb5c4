/**
 * 上传暂存 — writes an upload's bytes to a file in the upload folder as they arrive, never holding the whole file
 * in memory, computing its sha256 on the way (the same file twice is one import) and stopping at the byte limit
 * (413, the partial file removed). The caller removes the file when the import no longer needs it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../../core/errors';

/** 暂存文件. */
export interface SpooledFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export async function spoolUpload(body: Readable, dir: string, limitBytes: number): Promise<SpooledFile> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limitBytes) return done(new AppError('PAYLOAD_TOO_LARGE', { limit: limitBytes }));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { path: file, bytes, sha256: hash.digest('hex') };
}

/** The sha256 and size of a file already on disk (the CLI imports files in place). */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
