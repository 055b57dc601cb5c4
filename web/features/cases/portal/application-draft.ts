/**
 * 申请草稿 — an application saved in this browser before it is submitted (the server keeps no drafts): the form's
 * answers and the materials already uploaded, per user and policy. A stored draft that does not read back as one
 * (another version of the page, edited by hand) is ignored rather than trusted.
 */
import type { CaseMaterial } from '../cases-api';

export interface ApplicationDraft {
  policyId: string;
  values: Record<string, unknown>;
  materials: CaseMaterial[];
  savedAt: string;
}

const PREFIX = 'zj.cases.draft';

export const draftKey = (userId: string, policyId: string) => `${PREFIX}.${userId}.${policyId}`;

const isMaterial = (value: unknown): value is CaseMaterial => {
  const m = value as Partial<CaseMaterial> | null;
  return typeof m === 'object' && m !== null && typeof m.id === 'string' && typeof m.materialId === 'string' && typeof m.name === 'string';
};

export function parseDraft(text: string | null, policyId: string): ApplicationDraft | null {
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Partial<ApplicationDraft>;
    if (draft.policyId !== policyId || typeof draft.savedAt !== 'string') return null;
    if (typeof draft.values !== 'object' || draft.values === null || Array.isArray(draft.values)) return null;
    if (!Array.isArray(draft.materials) || !draft.materials.every(isMaterial)) return null;
    return { policyId, values: draft.values, materials: draft.materials, savedAt: draft.savedAt };
  } catch {
    return null;
  }
}

/** The drafts of `userId` among the keys of a storage, newest first. */
export function listDraftKeys(keys: readonly string[], userId: string): { key: string; policyId: string }[] {
  const prefix = `${PREFIX}.${userId}.`;
  return keys.filter((key) => key.startsWith(prefix)).map((key) => ({ key, policyId: key.slice(prefix.length) }));
}
