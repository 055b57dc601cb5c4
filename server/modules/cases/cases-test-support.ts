/**
 * Test support for the cases integration tests (not itself a test): the test app, sign-in, uploads, a valid
 * rd-growth application (研发投入增量补贴) of a demo enterprise, and action calls.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { call, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { SESSION_COOKIE } from '../../platform/auth';
import { PDF_BYTES, RD_GROWTH_FACTS } from './rd-growth-sample';

export { PDF_BYTES, RD_GROWTH_FACTS };

export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);


export async function upload(t: AccountsTestApp, session: TestSession, name: string, materialId: string, content: Buffer): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: `/api/cases/materials?name=${encodeURIComponent(name)}&materialId=${encodeURIComponent(materialId)}`,
    cookies: { [SESSION_COOKIE]: session.cookie },
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
    payload: content,
  });
}

export async function uploadRequired(t: AccountsTestApp, session: TestSession): Promise<string[]> {
  const ids: string[] = [];
  for (const materialId of ['audit-report', 'financial-statements']) {
    const response = await upload(t, session, `${materialId}.pdf`, materialId, PDF_BYTES);
    if (response.statusCode !== 201) throw new Error(`upload ${materialId}: ${response.statusCode} ${response.body}`);
    ids.push((response.json() as { id: string }).id);
  }
  return ids;
}

export function submit(t: AccountsTestApp, session: TestSession, body: unknown, idempotencyKey?: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/cases',
    cookies: { [SESSION_COOKIE]: session.cookie },
    headers: { 'x-csrf-token': session.csrfToken, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    payload: body as object,
  });
}

export interface CaseView {
  id: string;
  caseNumber: string;
  version: number;
  stage: { id: string };
  status: string;
  abilities: string[];
  documents: Array<{ id: string; kind: string; url: string; sha256: string }>;
  state: { experts: { seats: Array<{ userId: string; status: string; replacedBy: string | null }>; total: number | null } | null; notice: { objections: unknown[] } | null };
  timeline: Array<{ action: string; unitId: string | null; capacity: string }>;
  deadline: { status: string } | null;
}

/** Takes an action on the case's current version; returns the response. */
export async function act(t: AccountsTestApp, session: TestSession, c: { id: string; version: number }, command: Record<string, unknown>) {
  return call(t.app, session, 'POST', `/api/cases/${c.id}/actions`, { version: c.version, ...command });
}

/**
 * Takes an action that must succeed; returns the case after it. The answer is built from the read before the action
 * and the action itself, so it must equal what a read right after shows (unless the action hid the case).
 */
export async function must(t: AccountsTestApp, session: TestSession, c: { id: string; version: number }, command: Record<string, unknown>): Promise<CaseView> {
  const response = await act(t, session, c, command);
  if (response.statusCode !== 200) throw new Error(`${String(command.action)} by ${session.username}: ${response.statusCode} ${response.body}`);
  const answer = response.json() as CaseView;
  const read = await call(t.app, session, 'GET', `/api/cases/${c.id}`);
  if (read.statusCode === 200) expect(answer).toEqual(read.json());
  return answer;
}
