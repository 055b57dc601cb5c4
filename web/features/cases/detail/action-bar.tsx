import { Button, Flex } from 'antd';
import { isWorkflowAction, type WorkflowAction } from '../../../../core/workflow';
import { useActionLabel } from '../shared/use-case-words';

// Offered in their own cards (the correction notice, the rating), not as buttons; submit belongs to the portal.
const ANSWERED_ELSEWHERE: ReadonlySet<WorkflowAction> = new Set(['submit', 'resubmit', 'rate']);
const PRIMARY: ReadonlySet<WorkflowAction> = new Set(['accept', 'sign', 'score', 'declare-interest', 'approve', 'conclude-notice', 'report', 'close', 'disburse', 'assign-experts']);
const DANGER: ReadonlySet<WorkflowAction> = new Set(['refuse', 'reject', 'withdraw']);

/** The actions the server offers this user on this case now (`abilities`), each opening its form. */
export function ActionBar({ abilities, pending, onChoose }: { abilities: readonly string[]; pending: WorkflowAction | null; onChoose: (action: WorkflowAction) => void }) {
  const actionLabel = useActionLabel();
  const actions = abilities.filter(isWorkflowAction).filter((action) => !ANSWERED_ELSEWHERE.has(action));
  if (actions.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="case-actions">
      {actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.has(action) ? 'primary' : 'default'}
          danger={DANGER.has(action)}
          loading={pending === action}
          onClick={() => onChoose(action)}
          data-testid={`action-${action}`}
        >
          {actionLabel(action)}
        </Button>
      ))}
    </Flex>
  );
}
