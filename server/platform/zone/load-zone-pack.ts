/**
 * 加载园区配置包 — finds a zone pack (by name under zones/ or by path), reads and validates it. Any problem stops
 * with ZONE_PACK_INVALID naming the file and the field, before anything touches the database.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { parseZonePack, summarizeZonePack, type ZonePack, type ZonePackIssue, type ZonePackSummary } from '../../../core/zone';
import { repoPath } from '../repo-root';
import { hashZonePack } from './hash-zone-pack';
import { readZonePackDocuments } from './read-zone-pack-documents';

const ZONES_DIR = repoPath('zones');

/** 已加载的配置包 — a validated pack with the folder it came from and its content hash. */
export interface LoadedZonePack extends ZonePack {
  dir: string;
  hash: string;
}

/** `ZONE=zhangjiang` → the folder zones/zhangjiang of this installation; anything else is a path (from cwd). */
export function resolveZoneDir(zone: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(zone) ? path.join(ZONES_DIR, zone) : path.resolve(zone);
}

export async function loadZonePack(dir: string): Promise<LoadedZonePack> {
  const isDirectory = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new AppError('ZONE_PACK_NOT_FOUND', { dir: displayPath(dir) });

  const { documents, issues: readIssues } = await readZonePackDocuments(dir);
  if (readIssues.length > 0) throw invalidPack(dir, readIssues);
  const result = parseZonePack(documents);
  if (!result.ok) throw invalidPack(dir, result.issues);
  return { ...result.pack, dir, hash: hashZonePack(result.pack) };
}

/** 校验配置包 — `zjsc zone validate`: the checks of a start, without a database; throws like loadZonePack. */
export async function validateZonePack(
  zone: string,
): Promise<{ ok: true; summary: ZonePackSummary & { dir: string; hash: string } }> {
  const pack = await loadZonePack(resolveZoneDir(zone));
  return { ok: true, summary: { ...summarizeZonePack(pack), dir: displayPath(pack.dir), hash: pack.hash } };
}

// The first issue makes the one-line message; all of them travel in `issues` for the validate command and logs.
function invalidPack(dir: string, issues: ZonePackIssue[]): AppError {
  const located = issues.map((issue) => ({ ...issue, file: displayPath(path.join(dir, issue.file)) }));
  const first = located[0]!;
  return new AppError('ZONE_PACK_INVALID', {
    file: first.file,
    path: first.path,
    reason: issues.length > 1 ? `${first.reason} (and ${issues.length - 1} more)` : first.reason,
    issues: located.map((i) => `${i.file} ${i.path}: ${i.reason}`),
  });
}

/** A path as an operator reads it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
