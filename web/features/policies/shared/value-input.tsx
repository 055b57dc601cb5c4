import { InputNumber, Radio, Select, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../policies-api';
import { DateInput } from './date-input';
import { groupDigits } from './format-value';
import { usePick } from './use-pick';

/**
 * The input for one typed value — a fact of the self-check, or a parameter of a draft: numbers with their unit
 * (yuan to the fen, whole numbers, rates typed as %), yes / no, a date, a choice among options, a text, or a list
 * of texts. antd's Form.Item hands in `value` and `onChange`.
 */
export function ValueInput({
  type,
  options,
  value,
  onChange,
  id,
}: {
  type: FormField['type'];
  options?: FormField['options'];
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const numeric = (precision: number | undefined, suffix?: string) => (
    <InputNumber
      id={id}
      value={typeof value === 'number' ? value : null}
      onChange={(next) => onChange?.(next ?? undefined)}
      precision={precision}
      suffix={suffix}
      style={{ width: '100%' }}
      // Thousands separators make 6000000 readable as six million; the default parser drops them again.
      formatter={(text) => (text === undefined ? '' : groupDigits(String(text)))}
    />
  );
  switch (type) {
    case 'money':
      return numeric(2, t('policies.form.yuan'));
    case 'integer':
      return numeric(0);
    case 'rate':
      return numeric(undefined, '%');
    case 'number':
      return numeric(undefined);
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          optionType="button"
          options={[
            { value: true, label: t('policies.form.yes') },
            { value: false, label: t('policies.form.no') },
          ]}
        />
      );
    case 'date':
      return <DateInput id={id} value={typeof value === 'string' ? value : undefined} onChange={onChange} />;
    case 'enum':
      return (
        <Select
          id={id}
          value={value}
          onChange={(next) => onChange?.(next)}
          allowClear
          placeholder={t('policies.form.select')}
          options={(options ?? []).map((option) => ({ value: option.value, label: pick(option.label) }))}
        />
      );
    case 'string-list':
      return (
        <Select
          id={id}
          mode="tags"
          value={Array.isArray(value) ? value : []}
          onChange={(next) => onChange?.(next)}
          open={false}
          tokenSeparators={[',', '，', ' ']}
          placeholder={t('policies.form.listPlaceholder')}
          suffixIcon={null}
        />
      );
    case 'string':
      return <Input id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange?.(event.target.value)} />;
  }
}
