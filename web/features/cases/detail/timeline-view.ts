/**
 * 时间线视图 — the timeline of a case as the detail page lists it: newest first, each entry with its action's
 * name, who acted for which unit and in which capacity, the stage it moved the case to, and its payload as labelled
 * lines (ids turned into names). The words come from the caller, in the UI language.
 */
import type { CaseTimelineEntry } from '../cases-api';

/** How ids and codes read in the UI language; unknown ids fall back to themselves. */
export interface TimelineVocabulary {
  action(action: string): string;
  unit(unitId: string): string;
  stage(stageId: string): string;
  user(userId: string): string;
  /** Enumerated values of a payload field: opinion, position, grade, outcome, a correction item's kind, yes/no. */
  value(field: string, value: string): string;
  money(amount: number): string;
}

export interface TimelineDetail {
  /** The payload field, for its label. */
  field: string;
  values: string[];
}

export interface TimelineItem {
  key: string;
  at: string;
  action: string;
  actionLabel: string;
  userName: string;
  unitName: string | null;
  isInNameOf: boolean;
  /** The stage entered, when the action moved the case. */
  toStage: string | null;
  details: TimelineDetail[];
  /** Colour of the dot: refusals and returns stand out from the ordinary flow. */
  tone: 'normal' | 'warning' | 'negative' | 'positive';
}

const UNIT_FIELDS = new Set(['toUnitId', 'unitId', 'unitIds']);
const STAGE_FIELDS = new Set(['toStageId', 'reopenTo']);
const USER_FIELDS = new Set(['userIds', 'recusedUserId', 'replacementUserId']);
const ENUM_FIELDS = new Set(['opinion', 'position', 'grade', 'outcome', 'hasConflict']);
const MONEY_FIELDS = new Set(['amount']);

const TONES: Readonly<Record<string, TimelineItem['tone']>> = {
  refuse: 'negative',
  reject: 'negative',
  withdraw: 'negative',
  'request-correction': 'warning',
  return: 'warning',
  urge: 'warning',
  object: 'warning',
  accept: 'positive',
  approve: 'positive',
  close: 'positive',
};

function describeValue(field: string, value: unknown, words: TimelineVocabulary): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => describeValue(field, item, words));
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A correction item ({ kind, subject, problem }) or a reason citing a rule ({ text, ruleId }).
    if ('problem' in record) return [`${words.value('kind', String(record.kind))} · ${String(record.subject)}：${String(record.problem)}`];
    if ('text' in record) return [record.ruleId ? `${String(record.text)}（${String(record.ruleId)}）` : String(record.text)];
    // Scores by criterion.
    return Object.entries(record).map(([key, score]) => `${key}: ${String(score)}`);
  }
  if (UNIT_FIELDS.has(field)) return [words.unit(String(value))];
  if (STAGE_FIELDS.has(field)) return [words.stage(String(value))];
  if (USER_FIELDS.has(field)) return [words.user(String(value))];
  if (MONEY_FIELDS.has(field) && typeof value === 'number') return [words.money(value)];
  if (ENUM_FIELDS.has(field)) return [words.value(field, String(value))];
  return [String(value)];
}

export function buildTimeline(entries: readonly CaseTimelineEntry[], words: TimelineVocabulary): TimelineItem[] {
  return [...entries]
    .sort((a, b) => b.seq - a.seq)
    .map((entry) => ({
      key: String(entry.seq),
      at: entry.at,
      action: entry.action,
      actionLabel: words.action(entry.action),
      userName: entry.userName,
      unitName: entry.unitId ? words.unit(entry.unitId) : null,
      isInNameOf: entry.capacity === 'in-the-name-of',
      toStage: entry.toStage !== entry.fromStage ? words.stage(entry.toStage) : null,
      details: Object.entries(entry.payload)
        .map(([field, value]) => ({ field, values: describeValue(field, value, words) }))
        .filter((detail) => detail.values.length > 0),
      tone: TONES[entry.action] ?? 'normal',
    }));
}
