/**
 * Test support for the registry write-side integration tests (not itself a test): credit codes, source files written
 * as a source would send them (UTF-8 with BOM, GBK), uploads as a browser sends them, and waiting for an import that
 * runs in the background.
 */
import { writeFile } from 'node:fs/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../../../../core/registry';
import { encodeGbk } from '../../../../scripts/registry/encode-gbk';
import { SESSION_COOKIE } from '../../../platform/auth';
import { call, type TestSession } from '../../../test/test-app';
import type { Batch } from './import-batches.repository';

/** A valid credit code of a Pudong firm for an 8-character organisation-code body (digits and capitals). */
export function creditCode(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A CSV file as Excel writes it: CRLF, fields quoted when they must be; UTF-8 with BOM or GBK. */
export async function writeCsv(file: string, rows: ReadonlyArray<readonly string[]>, encoding: 'utf-8-bom' | 'gbk' = 'utf-8-bom'): Promise<void> {
  const text = rows.map((row) => `${row.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')}\r\n`).join('');
  await writeFile(file, encoding === 'gbk' ? encodeGbk(text) : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

/** POST /api/registry/imports with the file's bytes as the body. */
export function upload(app: FastifyInstance, session: TestSession, source: string, fileName: string, bytes: Buffer): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/registry/imports?source=${encodeURIComponent(source)}&fileName=${encodeURIComponent(fileName)}`,
    cookies: { [SESSION_COOKIE]: session.cookie },
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}

/** Polls the batch until its background work has ended (done or failed). */
export async function waitForBatch(app: FastifyInstance, session: TestSession, id: number, timeoutMs = 60_000): Promise<Batch> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const batch = (await call(app, session, 'GET', `/api/registry/imports/${id}`)).json() as Batch;
    if (batch.stage === 'done' || batch.stage === 'failed') return batch;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${batch.status}/${batch.stage} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
