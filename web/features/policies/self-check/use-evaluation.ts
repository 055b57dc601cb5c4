import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { evaluatePolicy, type Evaluation } from '../policies-api';

interface EvaluationRequest {
  facts: Record<string, unknown>;
  asOf?: string;
}

/**
 * One self-check's evaluation. The server words the explanation in the language asked, so switching the language
 * asks again with the same answers; an answer that arrives after a newer question is dropped.
 */
export function useEvaluation(policyId: string) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [request, setRequest] = useState<EvaluationRequest | null>(null);
  const [state, setState] = useState<{ evaluation?: Evaluation; error?: ApiError; isPending: boolean }>({ isPending: false });

  useEffect(() => {
    if (!request) return undefined;
    let isCurrent = true;
    setState((previous) => ({ ...previous, isPending: true }));
    evaluatePolicy(policyId, request.facts, request.asOf).then(
      (evaluation) => isCurrent && setState({ evaluation, isPending: false }),
      (error: unknown) => {
        if (!isCurrent) return;
        setState({ error: error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', String(error), 0), isPending: false });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [policyId, request, language]);

  const evaluate = useCallback((facts: Record<string, unknown>, asOf?: string) => setRequest({ facts, ...(asOf ? { asOf } : {}) }), []);
  const clear = useCallback(() => {
    setRequest(null);
    setState({ isPending: false });
  }, []);
  return { ...state, evaluate, clear };
}
