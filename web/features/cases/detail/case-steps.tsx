import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../../core/workflow';
import { buildSteps, CLOSED_STEP, SUBMITTED_STEP } from './steps-view';
import type { TimelineVocabulary } from './timeline-view';

/** 办理进度 — submitted, the stages the case has gone through, where it is now, and the end. */
export function CaseSteps({ state, words }: { state: CaseState; words: TimelineVocabulary }) {
  const { t } = useTranslation();
  const title = (stageId: string) => {
    if (stageId === SUBMITTED_STEP) return t('cases.steps.submitted');
    const name = words.stage(stageId);
    return stageId === CLOSED_STEP && name === stageId ? t('cases.steps.closed') : name;
  };
  return (
    <Steps
      size="small"
      data-testid="case-steps"
      items={buildSteps(state).map((step) => ({
        key: step.key,
        title: title(step.stageId),
        status: step.status,
        content: step.isPaused ? t('cases.steps.paused') : undefined,
      }))}
      style={{ marginBottom: 16 }}
    />
  );
}
