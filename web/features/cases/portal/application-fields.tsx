import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../policies/policies-api';
import { fieldRules } from '../../policies/shared/field-rules';
import { usePick } from '../../policies/shared/use-pick';
import { ValueInput } from '../../policies/shared/value-input';
import { isAnswerRequired, PLATFORM_FACTS } from './application-form';

/**
 * 申请表 — the policy version's form as an application asks it: the self-check's inputs and checks (bounds,
 * patterns), and here a required question must be answered, as the server requires on submission.
 */
export function ApplicationFields({ fields }: { fields: readonly FormField[] }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const messages = {
    min: (bound: string) => t('policies.form.min', { bound }),
    max: (bound: string) => t('policies.form.max', { bound }),
    pattern: t('policies.form.pattern'),
  };
  return (
    <>
      {fields.map((field) => (
        <div key={field.name} data-testid={`fact-${field.name}`}>
          <Form.Item
            name={field.name}
            label={pick(field.label)}
            extra={PLATFORM_FACTS.has(field.name) ? t('cases.apply.platformFact') : field.help ? pick(field.help) : undefined}
            rules={[...(isAnswerRequired(field) ? [{ required: true, message: t('cases.form.required') }] : []), ...fieldRules(field, messages)]}
          >
            <ValueInput type={field.type} options={field.options} />
          </Form.Item>
        </div>
      ))}
    </>
  );
}
