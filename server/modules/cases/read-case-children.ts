/**
 * 办件明细 — a case's timeline (with names), submissions, materials and documents in one round trip: the case page
 * and every action's answer read them, and four queries held four pooled connections per answer under load.
 * Times come as ISO-8601 UTC strings, as the API has always given them.
 */
import type { CasesContext } from './cases-routes-options';

export interface CaseChildren {
  timeline: Array<{
    seq: number; at: string; action: string; userId: string; userName: string; unitId: string | null; capacity: string;
    inNameOfUnitId: string | null; fromStage: string; toStage: string; payload: Record<string, unknown>; definitionVersion: string;
  }>;
  submissions: Array<{ seq: number; at: string; facts: Record<string, unknown>; materials: string[] }>;
  materials: Array<{ id: string; name: string; materialId: string; mediaType: string; size: number; sha256: string }>;
  documents: Array<{ id: string; kind: string; title: string; issuedAt: string; sha256: string; size: number }>;
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** The rows of `select` (which names its order as sort_key) as a JSON array of objects, without the sort key. */
const list = (select: string) => `(select coalesce(jsonb_agg(to_jsonb(x) - 'sort_key' order by x.sort_key), '[]') from (${select}) x)`;

const SQL = `select
  ${list(
    `select t.seq, ${iso('t.at')} as at, t.action, t.user_id as "userId", u.display_name as "userName", t.unit_id as "unitId",
            t.capacity, t.in_name_of_unit_id as "inNameOfUnitId", t.from_stage as "fromStage", t.to_stage as "toStage",
            t.payload, t.definition_version as "definitionVersion", t.seq as sort_key
       from case_timeline t join users u on u.id = t.user_id where t.case_id = $1`,
  )} as timeline,
  ${list(
    `select seq, ${iso('submitted_at')} as at, facts, material_ids as materials, seq as sort_key
       from case_submissions where case_id = $1`,
  )} as submissions,
  ${list(
    `select id, name, material_id as "materialId", media_type as "mediaType", size, sha256, created_at as sort_key
       from case_materials where case_id = $1`,
  )} as materials,
  ${list(
    `select id, kind, title, ${iso('issued_at')} as "issuedAt", sha256, size, issued_at as sort_key
       from case_documents where case_id = $1`,
  )} as documents`;

export async function readCaseChildren(ctx: CasesContext, caseId: string): Promise<CaseChildren> {
  const { rows } = await ctx.pool.query<CaseChildren>(SQL, [caseId]);
  return rows[0]!;
}
