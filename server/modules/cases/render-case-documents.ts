/**
 * 出具文书 — renders the documents an action's events ask for, before the transaction that stores them (rendering
 * takes a while; no row is locked meanwhile). Each comes with its sha256, which the audit record repeats.
 */
import { createHash } from 'node:crypto';
import type { DocumentKind, WorkflowEvent } from '../../../core/workflow';
import { renderOfficialDocument } from '../../platform/documents';
import { composeCaseDocument, type CaseDocumentFacts, type IssuerUnit } from './compose-case-document';

/** 已出具文书 — ready to store. */
export interface RenderedDocument {
  kind: DocumentKind;
  title: string;
  issuerUnitId: string;
  content: Buffer;
  sha256: string;
}

export async function renderCaseDocuments(
  events: readonly WorkflowEvent[],
  facts: CaseDocumentFacts,
  unitOf: (id: string) => IssuerUnit | undefined,
): Promise<RenderedDocument[]> {
  const rendered: RenderedDocument[] = [];
  for (const event of events) {
    if (event.type !== 'document') continue;
    const document = composeCaseDocument(event, facts, unitOf);
    const content = await renderOfficialDocument(document);
    rendered.push({ kind: event.document, title: document.title, issuerUnitId: event.issuer.unitId, content, sha256: createHash('sha256').update(content).digest('hex') });
  }
  return rendered;
}
