import { Alert, Form, Modal, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../../core/workflow';
import { useActionLabel } from '../shared/use-case-words';
import { ActionFieldInput } from './action-field-input';
import { listActionFields, toActionPayload, type PayloadIssue } from './action-fields';
import type { ActionOptions } from './action-options';

const NEGATIVE: ReadonlySet<WorkflowAction> = new Set(['refuse', 'reject', 'withdraw', 'return']);

/**
 * 操作表单 — the small form of one workflow action, its fields from the action's payload schema; the schema checks
 * the values before they are sent (the server checks them again with the same schema). `onSubmit` resolves true
 * when the action went through.
 */
export function ActionModal({
  action,
  options,
  isBusy,
  onSubmit,
  onCancel,
}: {
  action: WorkflowAction | undefined;
  options: ActionOptions;
  isBusy: boolean;
  onSubmit: (action: WorkflowAction, payload: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const [form] = Form.useForm<Record<string, unknown>>();
  const fields = action ? listActionFields(action) : [];

  const issueText = (issue: PayloadIssue) =>
    issue.code === 'too_small' || issue.code === 'invalid_type' ? t('cases.form.required') : t('cases.form.invalid', { problem: issue.message });

  const finish = (values: Record<string, unknown>) => {
    if (!action) return;
    const result = toActionPayload(action, values);
    if (result.isValid) return onSubmit(action, result.payload);
    form.setFields(result.issues.map((issue) => ({ name: issue.field, errors: [issueText(issue)] })));
  };

  return (
    <Modal
      open={action !== undefined}
      title={action ? actionLabel(action) : ''}
      okText={action ? actionLabel(action) : ''}
      okButtonProps={{ danger: action !== undefined && NEGATIVE.has(action), 'data-testid': 'action-confirm' }  as ButtonProps}
      confirmLoading={isBusy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterOpenChange={(isOpen) => !isOpen && form.resetFields()}
      destroyOnHidden
      width={action === 'request-correction' || action === 'score' ? 720 : 520}
    >
      {action && (
        <div data-testid={`action-form-${action}`}>
          {fields.length === 0 && <Typography.Paragraph>{t('cases.form.confirm', { action: actionLabel(action) })}</Typography.Paragraph>}
          {action === 'request-correction' && <Alert type="info" showIcon title={t('cases.form.correctionHint')} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={finish} preserve={false}>
            {fields.map((field) => (
              <ActionFieldInput key={field.name} field={field} options={options} />
            ))}
          </Form>
        </div>
      )}
    </Modal>
  );
}
