import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../../core/workflow';
import { ApiError } from '../../../app/api';
import { actOnCase, type CaseDetail } from '../cases-api';
import { useActionLabel } from '../shared/use-case-words';

/**
 * Sends one workflow action with the version the page read. A 409 (someone acted first, or the stage moved on)
 * is not an error to retry blindly: the page says the case changed and offers to reload it.
 */
export function useCaseAction(detail: CaseDetail | undefined, onDone: (next: CaseDetail) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actionLabel = useActionLabel();
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const [isStale, setStale] = useState(false);

  const act = useCallback(
    async (action: WorkflowAction, payload: Record<string, unknown>): Promise<boolean> => {
      if (!detail) return false;
      setPending(action);
      try {
        const next = await actOnCase(detail.id, action, detail.version, payload);
        void message.success(t('cases.detail.done', { action: actionLabel(action) }));
        setStale(false);
        onDone(next);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) setStale(true);
        else void message.error(error instanceof ApiError ? error.message : String(error));
        return false;
      } finally {
        setPending(null);
      }
    },
    [detail, message, t, actionLabel, onDone],
  );
  return { act, pending, isStale, clearStale: () => setStale(false) };
}
