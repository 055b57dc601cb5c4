/**
 * 写入流程定义 — stores the pack's workflow definitions for the cases module. Versions are kept, never replaced:
 * a case runs on the version it was opened with. The pack's versions become the current ones; a workflow or version
 * the pack no longer has stays for its cases but is no longer current. A changed definition under an unchanged
 * version is refused, because cases already decided on it would no longer be reproducible. Runs inside
 * applyZonePack's transaction.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { WorkflowDefinition } from '../../../core/workflow';
import { hashJson } from './hash-zone-pack';

export async function writeZoneWorkflows(client: pg.PoolClient, zoneId: string, workflows: readonly WorkflowDefinition[] = []): Promise<number> {
  let written = 0;
  for (const definition of workflows) {
    const hash = hashJson(definition);
    const { rows } = await client.query<{ content_hash: string }>(
      `insert into workflow_definitions as w (zone_id, workflow_id, version, definition, content_hash, is_current)
       values ($1, $2, $3, $4::jsonb, $5, true)
       on conflict (zone_id, workflow_id, version) do update set is_current = true
       returning content_hash`,
      [zoneId, definition.id, definition.version, JSON.stringify(definition), hash],
    );
    if (rows[0]!.content_hash !== hash) {
      throw new AppError('ZONE_PACK_INVALID', {
        file: `workflows/${definition.id}.yaml`,
        path: 'version',
        reason: `the stages changed but the version "${definition.version}" did not; give the changed workflow a new version`,
      });
    }
    written += 1;
  }
  await client.query(
    `update workflow_definitions set is_current = false
      where zone_id = $1 and is_current and (workflow_id, version) not in (select * from unnest($2::text[], $3::text[]))`,
    [zoneId, workflows.map((w) => w.id), workflows.map((w) => w.version)],
  );
  return written;
}
