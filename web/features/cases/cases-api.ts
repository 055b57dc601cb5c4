/**
 * The cases API as the UI sees it (server/modules/cases, API.md of issue 7). Wire shapes only: the server owns the
 * workflow, the deadlines and who may do what (`abilities`); the UI shows them and sends actions with the case
 * version it read.
 */
import type { CaseRoute } from '../../../core/routing';
import type { TraceEntry } from '../../../core/rules';
import type { CaseState, WorkflowAction } from '../../../core/workflow';
import { requestJson, sendJson, toQuery } from '../../app/api';
import type { DeadlineLike, DeadlineStatus } from './shared/deadline-view';

export type { CaseState, DeadlineStatus, WorkflowAction };

/** 环节 — the stage a case is in, named in both languages. */
export interface StageRef {
  id: string;
  name: string;
  nameEn: string;
}

/** 时限 — the worst running clock of a case, in working days. */
export interface CaseDeadline extends DeadlineLike {
  limit: number;
  kind: 'stage' | 'case' | 'notice' | 'callback' | 'rectification';
}

/** 时限读数 — one limit of one clock. */
export interface DeadlineReading extends DeadlineLike {
  limit: number;
  usedWorkingDays: number;
}

export interface CaseClock {
  kind: CaseDeadline['kind'];
  stageId: string | null;
  status: DeadlineStatus;
  promised: DeadlineReading | null;
  statutory: DeadlineReading;
  isRunning: boolean;
}

/** 申请材料 — an uploaded file, checked by content, with its checksum. */
export interface CaseMaterial {
  id: string;
  name: string;
  /** The policy's material it stands for. */
  materialId: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** 办件时间线 — one action on the record: who, for which unit, in which capacity. */
export interface CaseTimelineEntry {
  seq: number;
  at: string;
  action: string;
  userId: string;
  userName: string;
  unitId: string | null;
  capacity: 'own' | 'in-the-name-of';
  fromStage: string;
  toStage: string;
  payload: Record<string, unknown>;
  definitionVersion: string;
}

/** 文书 — 受理通知书, 不予受理决定书, 补正告知书, 决定书. */
export interface CaseDocument {
  id: string;
  kind: 'acceptance-notice' | 'refusal-decision' | 'correction-notice' | 'decision';
  title: string;
  issuedAt: string;
  sha256: string;
  size: number;
  url: string;
}

/** 办件详情 */
export interface CaseDetail {
  id: string;
  caseNumber: string;
  caseType: string;
  workflowId: string;
  definitionVersion: string;
  policy: { id: string; version: number; name: string; nameEn: string };
  applicant: { unitId: string; name: string };
  status: 'open' | 'closed';
  outcome: 'withdrawn' | 'refused' | 'rejected' | 'completed' | null;
  stage: StageRef & { kind: string };
  version: number;
  submittedAt: string;
  updatedAt: string;
  deadline: CaseDeadline | null;
  clocks: CaseClock[];
  route: CaseRoute | null;
  bodyId: string | null;
  townCode: string | null;
  state: CaseState;
  eligibility: { result: 'eligible' | 'ineligible' | 'undetermined'; amount: number | null; trace: TraceEntry[]; explanation: string[] };
  facts: Record<string, unknown>;
  submissions: { seq: number; at: string; facts: Record<string, unknown>; materials: string[] }[];
  materials: CaseMaterial[];
  timeline: CaseTimelineEntry[];
  documents: CaseDocument[];
  abilities: string[];
  returnTargets: string[];
  /** The workflow's stages, when the server lists them, to name the stages of the path and of a return. */
  stages?: (StageRef & { kind: string })[];
}

/** 办件列表行 */
export interface CaseSummary {
  id: string;
  caseNumber: string;
  policyId: string;
  policyName: string;
  policyNameEn: string;
  applicantName: string;
  stage: StageRef;
  status: 'open' | 'closed';
  outcome: CaseDetail['outcome'];
  version: number;
  submittedAt: string;
  /** The worst running clock's colour and last day, as stored at the case's last action. */
  deadlineStatus: DeadlineStatus | null;
  dueDate: string | null;
  bodyId: string | null;
  townCode: string | null;
}

export interface CaseList {
  total: number;
  items: CaseSummary[];
}

export interface CaseListQuery {
  q?: string;
  stage?: string;
  status?: 'open' | 'closed';
  deadline?: DeadlineStatus;
  policyId?: string;
  mine?: boolean;
  limit: number;
  offset: number;
}

/** 逾期办件 — overdue cases of one body, for the supervisor. */
export interface OverdueGroup {
  bodyId: string | null;
  bodyName: string | null;
  overdue: number;
  cases: { id: string; caseNumber: string; stageId: string; dueDate: string | null }[];
}

/** 时限提醒 — a reminder (yellow) or escalation (red) the deadline job recorded for one stage entry. */
export interface CaseReminder {
  id: string;
  kind: 'reminder' | 'escalation';
  caseId: string;
  caseNumber: string;
  applicantName: string;
  stage: StageRef;
  visit: number;
  dueDate: string | null;
  unitIds: string[];
  createdAt: string;
}

export interface ReminderQuery {
  caseId?: string;
  kind?: CaseReminder['kind'];
  mine?: boolean;
  limit: number;
  offset?: number;
}

export function remindersPath(query: ReminderQuery): string {
  return `/api/cases/reminders${toQuery({ ...query, mine: query.mine ? 'true' : undefined })}`;
}

/** 日历调整 — a day of the zone declared a working day (补班) or a day off (调休), beside what the official calendar says. */
export interface CalendarOverride {
  date: string;
  kind: 'workday' | 'holiday';
  reason: string;
  officialKind: 'workday' | 'holiday';
  createdBy: { id: string; name: string } | null;
  createdAt: string;
}

export const calendarOverridesPath = (year?: number) => `/api/cases/calendar-overrides${toQuery({ year })}`;

export function addCalendarOverride(override: Pick<CalendarOverride, 'date' | 'kind' | 'reason'>): Promise<CalendarOverride> {
  return sendJson<CalendarOverride>('/api/cases/calendar-overrides', 'POST', override);
}

export function removeCalendarOverride(date: string): Promise<void> {
  return sendJson<void>(`/api/cases/calendar-overrides/${encodeURIComponent(date)}`, 'DELETE');
}

/** 评审专家 — an expert who may be assigned. */
export interface ExpertUser {
  id: string;
  username: string;
  displayName: string;
}

/** 申请 — what POST /api/cases takes. */
export interface CaseApplication {
  policyId: string;
  facts: Record<string, unknown>;
  materials: string[];
}

const base = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export const casePath = base;
export const overduePath = '/api/cases/overdue';
export const expertsPath = '/api/cases/experts';

export function casesPath(query: CaseListQuery): string {
  return `/api/cases${toQuery({ ...query, mine: query.mine ? 'true' : undefined })}`;
}

export const documentPath = (caseId: string, documentId: string) => `${base(caseId)}/documents/${encodeURIComponent(documentId)}.pdf`;

/** Uploads one file as the material `materialId`; the server checks size, type by content and the extension. */
export function uploadMaterial(file: File, materialId: string): Promise<CaseMaterial> {
  return requestJson<CaseMaterial>(`/api/cases/materials${toQuery({ name: file.name, materialId })}`, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}

/** Submits an application; a retry with the same key returns the same case instead of a second one. */
export function submitCase(application: CaseApplication, idempotencyKey: string): Promise<CaseDetail> {
  return requestJson<CaseDetail>('/api/cases', {
    method: 'POST',
    body: JSON.stringify(application),
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** Takes a workflow action against the version read; a stale version answers 409 CASE_VERSION_STALE. */
export function actOnCase(caseId: string, action: WorkflowAction, version: number, payload: Record<string, unknown>): Promise<CaseDetail> {
  return sendJson<CaseDetail>(`${base(caseId)}/actions`, 'POST', { ...payload, action, version });
}

/** 办理结果 — what an action answers when the caller does not need the whole case back. */
export type CaseActionOutcome = Pick<CaseDetail, 'id' | 'caseNumber' | 'status' | 'outcome' | 'stage' | 'version' | 'updatedAt' | 'deadline' | 'abilities'> & {
  entry: CaseTimelineEntry;
};

/** The same action, answered with its outcome only (Prefer: return=minimal): for callers that do not show the case. */
export function actOnCaseBriefly(caseId: string, action: WorkflowAction, version: number, payload: Record<string, unknown>): Promise<CaseActionOutcome> {
  return requestJson<CaseActionOutcome>(`${base(caseId)}/actions`, {
    method: 'POST',
    body: JSON.stringify({ ...payload, action, version }),
    headers: { Prefer: 'return=minimal' },
  });
}

