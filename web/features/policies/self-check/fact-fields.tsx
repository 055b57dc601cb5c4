import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../policies-api';
import { fieldRules } from '../shared/field-rules';
import { ValueInput } from '../shared/value-input';
import { usePick } from '../shared/use-pick';

/**
 * The questions of a generated form, in one section: each field with its label, help text, the mark of a
 * required answer (shown, not enforced: an unanswered question makes the result undetermined, which is itself an
 * answer) and the client-side checks the server would make.
 */
export function FactFields({ title, fields }: { title: string; fields: readonly FormField[] }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  if (fields.length === 0) return null;
  const messages = {
    min: (bound: string) => t('policies.form.min', { bound }),
    max: (bound: string) => t('policies.form.max', { bound }),
    pattern: t('policies.form.pattern'),
  };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: '4px 0 12px' }}>
        {title}
      </Typography.Title>
      {fields.map((field) => (
        <div key={field.name} data-testid={`fact-${field.name}`}>
        <Form.Item
          // A string name is one key, dots included ("location.area"); only arrays would nest.
          name={field.name}
          label={pick(field.label)}
          required={field.required}
          extra={field.help ? pick(field.help) : undefined}
          rules={fieldRules(field, messages)}
        >
          <ValueInput type={field.type} options={field.options} />
        </Form.Item>
        </div>
      ))}
    </fieldset>
  );
}
