/**
 * 企业清单配置引用检查 — the checks of registry.yaml that span records: unique source ids and trust ranks, exactly
 * one statistics directory, templates whose required fields and row key have columns and whose header aliases name
 * one field only, survivorship orders of known sources, unique class codes whose chain segment belongs to their
 * industry, and cited sources listed in zone.yaml.
 */
import { isSegmentOf } from '../registry/industry/industry-codes';
import { headerKey } from '../registry/mapping/plan-columns';
import { checkFact, findDuplicates } from './check-unit-references';
import type { RegistryConfig } from './registry.schema';
import { OPTIONAL_ZONE_PACK_FILES, type ZonePack } from './zone-pack.schema';
import type { ZonePackIssue } from './zone-pack-issue';

const FILE = OPTIONAL_ZONE_PACK_FILES.registry;

export function checkRegistryReferences(pack: Pick<ZonePack, 'zone'>, registry: RegistryConfig): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  const add = (path: string, reason: string) => issues.push({ file: FILE, path, reason });
  const { sources } = registry;
  for (const { index, first, value } of findDuplicates(sources.map((s) => s.id))) add(`sources[${index}].id`, `duplicate source id "${value}" (first at sources[${first}])`);
  for (const { index, first, value } of findDuplicates(sources.map((s) => s.trustRank))) {
    add(`sources[${index}].trustRank`, `trust rank ${value} is already sources[${first}]'s; ranks must differ so that survivorship is decided`);
  }
  const directories = sources.flatMap((s, i) => (s.statisticsDirectory ? [i] : []));
  if (directories.length !== 1) {
    add(directories.length === 0 ? 'sources' : `sources[${directories[1]}].statisticsDirectory`, `exactly one source must be the statistics directory (found ${directories.length})`);
  }
  sources.forEach((source, i) => {
    const at = `sources[${i}].`;
    issues.push(...checkFact(pack, source, FILE, at));
    if (!source.columns.name) add(`${at}columns`, 'map the name field: a record without a name cannot be kept');
    source.required.forEach((field, j) => {
      if (!source.columns[field]) add(`${at}required[${j}]`, `required field "${field}" has no column in columns`);
    });
    if (source.rowKey !== null && !source.columns[source.rowKey]) add(`${at}rowKey`, `row key "${source.rowKey}" has no column in columns`);
    const owner = new Map<string, string>();
    for (const [field, aliases] of Object.entries(source.columns)) {
      (aliases ?? []).forEach((alias, j) => {
        const key = headerKey(alias);
        const other = owner.get(key);
        if (other !== undefined && other !== field) add(`${at}columns.${field}[${j}]`, `header "${alias}" is already an alias of ${other}`);
        owner.set(key, field);
      });
    }
  });
  const ids = new Set(sources.map((s) => s.id));
  for (const [field, order] of Object.entries(registry.survivorship)) {
    (order ?? []).forEach((id, j) => {
      if (!ids.has(id)) add(`survivorship.${field}[${j}]`, `unknown source "${id}" (not under sources)`);
    });
  }
  for (const { index, first, value } of findDuplicates(registry.industries.map((r) => r.code))) {
    add(`industries[${index}].code`, `class code "${value}" is already industries[${first}]`);
  }
  registry.industries.forEach((rule, i) => {
    issues.push(...checkFact(pack, rule, FILE, `industries[${i}].`));
    if (rule.chainSegment !== null && !isSegmentOf(rule.industry, rule.chainSegment)) {
      add(`industries[${i}].chainSegment`, `"${rule.chainSegment}" is not a chain segment of ${rule.industry}`);
    }
  });
  return issues;
}
