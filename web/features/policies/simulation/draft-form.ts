/**
 * 草稿表单 — between a draft version and the editor that changes it: which parameters it sets and to what (rates
 * typed as percentages), from which date, and how it compares with the values in force. Only parameters with a
 * literal value can be set; one defined by a formula over others follows them.
 */
import type { DraftInput, ParameterValue, PolicyDraft, PolicyParameter, VersionSpan } from '../policies-api';
import { toApiValue, toFormValue } from '../shared/fact-values';

export interface DraftFormValues {
  validFrom?: string;
  note?: string;
  changes: { name?: string; value?: unknown }[];
}

/** 参数对比 — one parameter the draft sets: its value in force and the proposed one. */
export interface DraftChange {
  parameter: PolicyParameter;
  current: ParameterValue | null;
  proposed: ParameterValue;
}

export function isEditable(parameter: Pick<PolicyParameter, 'value'>): boolean {
  return parameter.value === null || typeof parameter.value !== 'object';
}

export function toDraftInput(values: DraftFormValues, parameters: readonly PolicyParameter[]): DraftInput {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const set: Record<string, ParameterValue> = {};
  for (const change of values.changes) {
    const parameter = change.name ? byName.get(change.name) : undefined;
    const value = parameter ? toApiValue(parameter.type, change.value) : undefined;
    if (parameter && value !== undefined) set[parameter.name] = value as ParameterValue;
  }
  const note = values.note?.trim();
  return { validFrom: values.validFrom ?? '', parameters: set, ...(note ? { note } : {}) };
}

export function toDraftFormValues(draft: Pick<PolicyDraft, 'validFrom' | 'note' | 'parameters'>, parameters: readonly PolicyParameter[]): DraftFormValues {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  return {
    validFrom: draft.validFrom,
    note: draft.note ?? undefined,
    changes: Object.entries(draft.parameters).map(([name, value]) => {
      const parameter = byName.get(name);
      return { name, value: parameter ? toFormValue(parameter.type, value) : value };
    }),
  };
}

/** The parameters a draft sets, in the policy's order, with the values they replace. */
export function listDraftChanges(parameters: readonly PolicyParameter[], proposed: Readonly<Record<string, ParameterValue>>): DraftChange[] {
  return parameters
    .filter((parameter) => Object.hasOwn(proposed, parameter.name))
    .map((parameter) => ({ parameter, current: parameter.value, proposed: proposed[parameter.name]! }));
}

/** The day before `date` (YYYY-MM-DD): the last day of the version a new one replaces. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * The version a draft taking effect on `validFrom` closes: the latest one starting before it (not necessarily the
 * one in force today, when a later version is already published).
 */
export function versionReplacedBy(versions: readonly Pick<VersionSpan, 'version' | 'validFrom'>[], validFrom: string): number | undefined {
  return versions.filter((v) => v.validFrom < validFrom).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]?.version;
}
