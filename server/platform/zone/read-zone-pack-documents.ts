/**
 * 读取配置包文件 — reads a zone pack folder into parsed documents: the fixed (and optional) YAML files, then the GeoJSON files
 * that layers.yaml names, then the rule files of policies/ (as text). Syntax errors become issues naming the file and
 * the line; a file that is absent is simply left out (validation reports it as missing).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { ZonePackDocuments, ZonePackIssue } from '../../../core/zone';
import { isPolicyRuleFile, isWorkflowFile, OPTIONAL_ZONE_PACK_FILES, POLICIES_FOLDER, WORKFLOWS_FOLDER, ZONE_PACK_FILES } from '../../../core/zone';

export interface ReadZonePackResult {
  documents: ZonePackDocuments;
  issues: ZonePackIssue[];
}

export async function readZonePackDocuments(dir: string): Promise<ReadZonePackResult> {
  const documents: Record<string, unknown> = {};
  const issues: ZonePackIssue[] = [];
  for (const file of [...Object.values(ZONE_PACK_FILES), ...Object.values(OPTIONAL_ZONE_PACK_FILES)]) {
    const text = await readOptional(dir, file);
    if (text === undefined) continue;
    const parsed = parseYaml(file, text);
    if ('issue' in parsed) issues.push(parsed.issue);
    else documents[file] = parsed.value;
  }
  for (const file of listLayerFiles(documents[ZONE_PACK_FILES.layers], dir)) {
    const text = await readOptional(dir, file);
    if (text === undefined) continue;
    try {
      documents[file] = JSON.parse(text) as unknown;
    } catch (error) {
      issues.push({ file, path: '', reason: `not valid JSON: ${(error as Error).message}` });
    }
  }
  // Policy rule files stay text: the rules loader parses them and names the line of a syntax error itself.
  for (const file of await listFolder(dir, POLICIES_FOLDER, isPolicyRuleFile)) {
    const text = await readOptional(dir, file);
    if (text !== undefined) documents[file] = text;
  }
  for (const file of await listFolder(dir, WORKFLOWS_FOLDER, isWorkflowFile)) {
    const text = await readOptional(dir, file);
    if (text === undefined) continue;
    const parsed = parseYaml(file, text);
    if ('issue' in parsed) issues.push(parsed.issue);
    else documents[file] = parsed.value;
  }
  return { documents, issues };
}

async function listFolder(dir: string, folder: string, isWanted: (file: string) => boolean): Promise<string[]> {
  try {
    const names = await readdir(path.join(dir, folder));
    return names.map((name) => `${folder}${name}`).filter(isWanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function parseYaml(file: string, text: string): { value: unknown } | { issue: ZonePackIssue } {
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) {
    // The field path is unknown in a file that does not parse: the position stands in for it.
    const where = error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    const message = error.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { issue: { file, path: where, reason: `YAML syntax error: ${message}` } };
  }
  return { value: document.toJS() as unknown };
}

// Only the files layers.yaml names, and only those that stay inside the pack folder; the schema reports the rest.
function listLayerFiles(layersDocument: unknown, dir: string): string[] {
  const layers = (layersDocument as { layers?: unknown } | undefined)?.layers;
  if (!Array.isArray(layers)) return [];
  return layers
    .map((entry) => (entry as { file?: unknown } | null)?.file)
    .filter((file): file is string => typeof file === 'string' && isInside(dir, file));
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, path.resolve(dir, file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function readOptional(dir: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
