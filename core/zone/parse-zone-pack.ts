/**
 * 校验配置包 — turns the parsed documents of a zone pack (YAML and GeoJSON already read into plain values) into a
 * typed `ZonePack`, or the full list of problems, each naming its file and field. Pure: the server's loader does
 * the reading; this decides.
 */
import type { z } from 'zod';
import { checkLayerReferences } from './check-layer-references';
import { checkUnitReferences } from './check-unit-references';
import { checkGazetteerReferences, checkRoutingReferences } from './check-rule-references';
import { checkRegistryReferences } from './check-registry-references';
import { featureCollectionSchema } from './geojson.schema';
import { gazetteerFileSchema } from './gazetteer.schema';
import { registryFileSchema } from './registry.schema';
import { routingFileSchema } from './routing.schema';
import {
  layersFileSchema,
  organisationsFileSchema,
  responsibilitiesFileSchema,
  isPolicyRuleFile,
  isWorkflowFile,
  OPTIONAL_ZONE_PACK_FILES,
  WORKFLOWS_FOLDER,
  ZONE_PACK_FILES,
  zoneFileSchema,
  type TerritoryLayer,
  type ZonePack,
  type ZonePackPolicies,
} from './zone-pack.schema';
import { describeZodIssues, type ZonePackIssue } from './zone-pack-issue';
import { parsePolicyCatalog } from '../rules/parse-policy-catalog';
import { parseWorkflowDefinition } from '../workflow/parse-workflow-definition';
import type { WorkflowDefinition } from '../workflow/workflow-definition.schema';
import { checkWorkflowReferences } from './check-workflow-references';

/**
 * The pack's files, parsed, keyed by path relative to the pack folder (`zone.yaml`, `geo/towns.geojson`); the rule
 * files of policies/ stay text (see POLICIES_FOLDER).
 */
export type ZonePackDocuments = Readonly<Record<string, unknown>>;

export type ZonePackParseResult = { ok: true; pack: ZonePack } | { ok: false; issues: ZonePackIssue[] };

export function parseZonePack(documents: ZonePackDocuments): ZonePackParseResult {
  const issues: ZonePackIssue[] = [];
  const zone = parseFile(documents, ZONE_PACK_FILES.zone, zoneFileSchema, issues);
  const organisations = parseFile(documents, ZONE_PACK_FILES.organisations, organisationsFileSchema, issues);
  const responsibilities = parseFile(documents, ZONE_PACK_FILES.responsibilities, responsibilitiesFileSchema, issues);
  const layerList = parseFile(documents, ZONE_PACK_FILES.layers, layersFileSchema, issues);
  const gazetteer = parseOptionalFile(documents, OPTIONAL_ZONE_PACK_FILES.gazetteer, gazetteerFileSchema, issues);
  const routing = parseOptionalFile(documents, OPTIONAL_ZONE_PACK_FILES.routing, routingFileSchema, issues);
  const registry = parseOptionalFile(documents, OPTIONAL_ZONE_PACK_FILES.registry, registryFileSchema, issues);

  const layers: TerritoryLayer[] = [];
  layerList?.layers.forEach((entry, i) => {
    if (!(entry.file in documents)) {
      issues.push({ file: ZONE_PACK_FILES.layers, path: `layers[${i}].file`, reason: `file not found: ${entry.file}` });
      return;
    }
    const geojson = parseFile(documents, entry.file, featureCollectionSchema, issues);
    if (geojson) layers.push({ ...entry, geojson });
  });

  const policies = zone ? parsePolicies(documents, zone.sources.map((source) => source.id), issues) : undefined;
  const workflows = parseWorkflows(documents, issues);

  // Cross-record checks need every file to have the right shape; until then their findings would only be noise.
  if (issues.length > 0 || !zone || !organisations || !responsibilities || !layerList) return { ok: false, issues };
  const pack: ZonePack = {
    zone,
    units: organisations.units,
    responsibilities: responsibilities.responsibilities,
    layers,
    ...(gazetteer ? { gazetteer } : {}),
    ...(routing ? { routing } : {}),
    ...(policies ? { policies } : {}),
    ...(registry ? { registry } : {}),
    ...(workflows.length > 0 ? { workflows } : {}),
  };
  const referenceIssues = [
    ...checkUnitReferences(pack),
    ...checkLayerReferences(pack),
    ...(gazetteer ? checkGazetteerReferences(pack, gazetteer) : []),
    ...(routing ? checkRoutingReferences(pack, routing) : []),
    ...(registry ? checkRegistryReferences(pack, registry) : []),
    ...checkWorkflowReferences(pack),
  ];
  return referenceIssues.length > 0 ? { ok: false, issues: referenceIssues } : { ok: true, pack };
}

function parseOptionalFile<S extends z.ZodType>(
  documents: ZonePackDocuments,
  file: string,
  schema: S,
  issues: ZonePackIssue[],
): z.output<S> | undefined {
  return file in documents ? parseFile(documents, file, schema, issues) : undefined;
}

function parseFile<S extends z.ZodType>(
  documents: ZonePackDocuments,
  file: string,
  schema: S,
  issues: ZonePackIssue[],
): z.output<S> | undefined {
  if (!(file in documents)) {
    issues.push({ file, path: '', reason: 'file is missing' });
    return undefined;
  }
  const result = schema.safeParse(documents[file], { reportInput: true });
  if (result.success) return result.data;
  issues.push(...describeZodIssues(file, result.error));
  return undefined;
}

/** The rule files of policies/ (their texts) through the rules loader; none means the pack has no policies. */
function parsePolicies(documents: ZonePackDocuments, sourceIds: string[], issues: ZonePackIssue[]): ZonePackPolicies | undefined {
  const texts = Object.keys(documents)
    .filter(isPolicyRuleFile)
    .sort()
    .map((file) => ({ file, text: String(documents[file]) }));
  if (texts.length === 0) return undefined;
  const result = parsePolicyCatalog(texts, { sourceIds });
  if (!result.ok) {
    issues.push(...result.issues);
    return undefined;
  }
  return { documents: texts, catalog: result.catalog };
}

/** The workflow files of workflows/, each through the workflow loader; a file must be named by its workflow's id. */
function parseWorkflows(documents: ZonePackDocuments, issues: ZonePackIssue[]): WorkflowDefinition[] {
  const workflows: WorkflowDefinition[] = [];
  for (const file of Object.keys(documents).filter(isWorkflowFile).sort()) {
    const result = parseWorkflowDefinition(file, documents[file]);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const expectedId = file.slice(WORKFLOWS_FOLDER.length, -'.yaml'.length);
    if (result.definition.id !== expectedId) {
      issues.push({ file, path: 'id', reason: `the workflow id "${result.definition.id}" must match the file name "${expectedId}"` });
      continue;
    }
    workflows.push(result.definition);
  }
  return workflows;
}
