import { useCallback, useState } from 'react';
import { draftKey, parseDraft, type ApplicationDraft } from './application-draft';

/** The draft of one application in this browser's storage: read once, saved and discarded on demand. */
export function useApplicationDraft(userId: string, policyId: string) {
  const key = draftKey(userId, policyId);
  const [draft, setDraft] = useState<ApplicationDraft | null>(() => parseDraft(localStorage.getItem(key), policyId));
  const save = useCallback(
    (values: Record<string, unknown>, materials: ApplicationDraft['materials']) => {
      const next: ApplicationDraft = { policyId, values, materials, savedAt: new Date().toISOString() };
      localStorage.setItem(key, JSON.stringify(next));
      setDraft(next);
      return next;
    },
    [key, policyId],
  );
  const discard = useCallback(() => {
    localStorage.removeItem(key);
    setDraft(null);
  }, [key]);
  return { draft, save, discard };
}
