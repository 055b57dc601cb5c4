/**
 * 现行政策目录 — the catalogue in force: the zone pack's rule files (as stored at start) with every published
 * revision applied on top, in version order. Built on each app node from the database, so all nodes answer alike.
 * A revision the pack has overtaken (the pack now has a version starting on or after its date) no longer applies:
 * it is reported in `skipped` and left out, never half-applied.
 */
import { AppError } from '../../../core/errors';
import { applyPolicyRevision, parsePolicyCatalog, type Policy, type PolicyCatalog } from '../../../core/rules';
import { findStoredCatalogue, listRevisions, type Queryable, type RevisionRow } from './catalogue.repository';

/** 发布信息 — who published a version from a draft, and when. */
export interface Publication {
  publishedBy: string;
  publishedAt: string;
}

export interface CatalogueInForce {
  /** Changes when the rule files or the revisions change. */
  key: string;
  catalog: PolicyCatalog;
  byId: ReadonlyMap<string, Policy>;
  /** Versions published from drafts, by policy id and version number. */
  published: ReadonlyMap<string, ReadonlyMap<number, Publication>>;
  skipped: { policyId: string; version: number; reason: string }[];
}

const EMPTY_CATALOG: PolicyCatalog = { facts: {}, documents: {}, parameters: {}, conditions: {}, policies: [] };

export async function loadCatalogueInForce(db: Queryable, zoneId: string, key: string): Promise<CatalogueInForce> {
  const [stored, revisions] = await Promise.all([findStoredCatalogue(db, zoneId), listRevisions(db, zoneId)]);
  let catalog = EMPTY_CATALOG;
  if (stored) {
    const parsed = parsePolicyCatalog(stored.documents, { sourceIds: stored.sourceIds });
    // The pack was valid when it was applied; this code may not be the code that checked it.
    if (!parsed.ok) throw new AppError('ZONE_PACK_INVALID', { ...parsed.issues[0]!, issues: parsed.issues.map((i) => `${i.file} ${i.path}: ${i.reason}`) });
    catalog = parsed.catalog;
  }
  return applyRevisions(catalog, revisions, key);
}

export function applyRevisions(catalog: PolicyCatalog, revisions: readonly RevisionRow[], key: string): CatalogueInForce {
  const byId = new Map(catalog.policies.map((policy) => [policy.id, policy]));
  const published = new Map<string, Map<number, Publication>>();
  const skipped: CatalogueInForce['skipped'] = [];
  for (const revision of revisions) {
    const policy = byId.get(revision.policyId);
    if (!policy) {
      skipped.push({ policyId: revision.policyId, version: revision.version, reason: 'the zone pack no longer has this policy' });
      continue;
    }
    const note = revision.note ? { zh: revision.note, en: revision.note } : undefined;
    const result = applyPolicyRevision(policy, { validFrom: revision.validFrom, parameters: revision.parameters, ...(note ? { note } : {}) });
    if (!result.ok) {
      skipped.push({ policyId: revision.policyId, version: revision.version, reason: result.issues.map((i) => `${i.path}: ${i.reason}`).join('; ') });
      continue;
    }
    byId.set(policy.id, result.policy);
    const versions = published.get(policy.id) ?? new Map<number, Publication>();
    versions.set(result.version.version, { publishedBy: revision.publishedBy, publishedAt: revision.publishedAt.toISOString() });
    published.set(policy.id, versions);
  }
  return { key, catalog: { ...catalog, policies: [...byId.values()] }, byId, published, skipped };
}
