/**
 * 办件文书 — the wording of the four documents a case issues (受理通知书, 不予受理决定书, 补正告知书, 决定书) from the
 * workflow's document event, and the signature: the issuing unit, with the zone's mark when it acts in the zone's
 * name (a delegated route step) or is a body whose approval documents carry the mark.
 */
import { shanghaiDate } from '../../../core/calendar';
import type { CorrectionItem, DocumentKind, WorkflowEvent } from '../../../core/workflow';
import type { DocumentSignature, OfficialDocument } from '../../platform/documents';

type DocumentEvent = Extract<WorkflowEvent, { type: 'document' }>;

/** What a document says about its case, besides the event. */
export interface CaseDocumentFacts {
  caseNumber: string;
  enterpriseName: string;
  policyName: string;
  submittedAt: string;
  issuedAt: string;
}

/** 单位信息 — the names documents print. */
export interface IssuerUnit {
  name: string;
  approvalMark: string | null;
}

export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = {
  'acceptance-notice': '受理通知书',
  'refusal-decision': '不予受理决定书',
  'correction-notice': '补正告知书',
  decision: '决定书',
};

export function composeCaseDocument(event: DocumentEvent, facts: CaseDocumentFacts, unitOf: (id: string) => IssuerUnit | undefined): OfficialDocument {
  const title = DOCUMENT_TITLES[event.document];
  const { paragraphs, items } = wording(event, facts);
  return {
    title,
    reference: facts.caseNumber,
    addressee: facts.enterpriseName,
    paragraphs,
    items,
    signature: signatureOf(event.issuer, unitOf),
    date: chineseDate(facts.issuedAt),
    subject: `${facts.caseNumber} ${title}`,
  };
}

export function signatureOf(issuer: DocumentEvent['issuer'], unitOf: (id: string) => IssuerUnit | undefined): DocumentSignature {
  const unit = unitOf(issuer.unitId);
  const inNameOf = issuer.inNameOfUnitId === null ? undefined : unitOf(issuer.inNameOfUnitId);
  const mark = issuer.capacity === 'in-the-name-of' ? (unit?.approvalMark ?? inNameOf?.name ?? null) : (unit?.approvalMark ?? null);
  return { unitName: unit?.name ?? issuer.unitId, mark };
}

function wording(event: DocumentEvent, facts: CaseDocumentFacts): { paragraphs: string[]; items: string[] } {
  const applied = `你单位于${chineseDate(facts.submittedAt)}提交的“${facts.policyName}”申请（办件编号 ${facts.caseNumber}）`;
  const content = event.content;
  switch (event.document) {
    case 'acceptance-notice':
      return { paragraphs: [`${applied}，经审查，申请材料齐全、符合法定形式，决定予以受理。`, '请通过张江科学城统一受理门户查询办理进度。'], items: [] };
    case 'refusal-decision':
      return { paragraphs: [`${applied}，经审查，决定不予受理。理由如下：`], items: (content.reasons as string[] | undefined) ?? [] };
    case 'correction-notice':
      return {
        paragraphs: [`${applied}，经审查，需要补正。现将需补正的全部事项一次性告知如下，请补正后重新提交：`],
        items: ((content.items as CorrectionItem[] | undefined) ?? []).map((i) => `${i.kind === 'missing' ? '缺少' : '有误'}：${i.subject}——${i.problem}`),
      };
    case 'decision': {
      if (content.outcome === 'approved') {
        const amount = typeof content.amount === 'number' ? `，核定资助金额人民币 ${content.amount.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元` : '';
        return { paragraphs: [`${applied}，经审核、评审、公示和审定，决定予以批准${amount}。`, `（流程版本 ${String(content.definitionVersion ?? '')}）`], items: [] };
      }
      const reasons = (content.reasons as Array<{ text: string; ruleId?: string }> | undefined) ?? [];
      return {
        paragraphs: [`${applied}，经审核，决定不予批准。理由如下：`],
        items: reasons.map((r) => (r.ruleId ? `${r.text}（依据：${r.ruleId}）` : r.text)),
      };
    }
  }
}

function chineseDate(instant: string): string {
  const [year, month, day] = shanghaiDate(instant).split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
