import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_GRADES } from '../../../../core/workflow';
import type { ActionField } from './action-fields';
import type { ActionOptions, Choice } from './action-options';
import { useLooseText } from '../shared/use-case-words';
import { ScoreSheet } from './score-sheet';

const select = (choices: Choice[], multiple = false) => (
  <Select
    mode={multiple ? 'multiple' : undefined}
    allowClear
    showSearch={{ optionFilterProp: 'label' }}
    options={choices}
    style={{ width: '100%' }}
  />
);

/** The input of one payload field, by its widget; lists (reasons, correction items) grow a row at a time. */
export function ActionFieldInput({ field, options }: { field: ActionField; options: ActionOptions }) {
  const { t } = useTranslation();
  const loose = useLooseText();
  const label = loose(`cases.payload.${field.name}`, field.name);
  const required = field.isRequired ? [{ required: true, message: t('cases.form.required') }] : [];
  const item = (input: React.ReactNode, extra?: string) => (
    <Form.Item name={field.name} label={label} rules={required} extra={extra}>
      {input}
    </Form.Item>
  );
  const radio = (values: readonly string[]) => (
    <Radio.Group optionType="button" options={values.map((value) => ({ value, label: loose(`cases.values.${field.name}.${value}`, value) }))} />
  );

  switch (field.widget) {
    case 'text':
      return item(<Input.TextArea rows={2} maxLength={2000} data-testid={`payload-${field.name}`} />);
    case 'money':
      return item(<InputNumber min={0} precision={2} suffix={t('cases.form.yuan')} style={{ width: '100%' }} data-testid={`payload-${field.name}`} />);
    case 'unit':
      return item(select(options.units));
    case 'units':
      return item(select(options.units, true));
    case 'experts':
      return item(select(options.experts, true), t('cases.form.expertsHint'));
    case 'replacement-expert':
      return item(select(options.experts));
    case 'recused-expert':
      return item(select(options.recusedExperts));
    case 'stage':
      return item(select(options.stages));
    case 'objection':
      return item(select(options.objections));
    case 'grade':
      return item(radio(RATING_GRADES));
    case 'opinion':
      return item(radio(['agree', 'disagree']));
    case 'position':
      return item(radio(['before', 'after']));
    case 'outcome':
      return item(radio(['upheld', 'dismissed']));
    case 'conflict':
      // The radio holds 'true' / 'false' as text (a false option value reads as unanswered); the payload a boolean.
      return (
        <Form.Item
          name={field.name}
          label={label}
          rules={required}
          getValueProps={(value: unknown) => ({ value: value === undefined ? undefined : String(value) })}
          normalize={(value: unknown) => value === 'true'}
        >
          <Radio.Group optionType="button" options={(['false', 'true'] as const).map((value) => ({ value, label: t(`cases.values.hasConflict.${value}`) }))} />
        </Form.Item>
      );
    case 'scores':
      return options.rubric ? <ScoreSheet rubric={options.rubric} label={label} /> : null;
    case 'text-list':
      return (
        <ListOf name={field.name} label={label} addText={t('cases.form.addReason')}>
          {(name) => (
            <Form.Item name={name} noStyle>
              <Input placeholder={t('cases.form.reasonPlaceholder')} data-testid={`payload-${field.name}-item`} />
            </Form.Item>
          )}
        </ListOf>
      );
    case 'rule-reasons':
      return (
        <ListOf name={field.name} label={label} addText={t('cases.form.addReason')}>
          {(name) => (
            <Flex gap={8} style={{ flex: 1 }}>
              <Form.Item name={[name, 'text']} noStyle>
                <Input placeholder={t('cases.form.reasonPlaceholder')} />
              </Form.Item>
              <Form.Item name={[name, 'ruleId']} noStyle>
                <Select allowClear placeholder={t('cases.form.rule')} options={options.rules} style={{ width: 200 }} />
              </Form.Item>
            </Flex>
          )}
        </ListOf>
      );
    case 'correction-items':
      return (
        <ListOf name={field.name} label={label} addText={t('cases.form.addItem')}>
          {(name) => (
            <Flex gap={8} style={{ flex: 1 }} wrap>
              <Form.Item name={[name, 'kind']} noStyle initialValue="missing">
                <Select style={{ width: 96 }} options={(['missing', 'wrong'] as const).map((kind) => ({ value: kind, label: t(`cases.values.kind.${kind}`) }))} />
              </Form.Item>
              <Form.Item name={[name, 'subject']} noStyle>
                <AutoComplete
                  options={options.subjects}
                  placeholder={t('cases.form.subject')}
                  style={{ width: 200 }}
                  filterOption={(input, option) => String(option?.label ?? '').includes(input)}
                  data-testid="correction-subject"
                />
              </Form.Item>
              <Form.Item name={[name, 'problem']} noStyle>
                <Input placeholder={t('cases.form.problem')} style={{ flex: 1, minWidth: 180 }} data-testid="correction-problem" />
              </Form.Item>
            </Flex>
          )}
        </ListOf>
      );
  }
}

/** A growing list of rows under one label, starting with one empty row. */
function ListOf({ name, label, addText, children }: { name: string; label: string; addText: string; children: (name: number) => React.ReactNode }) {
  return (
    <Form.Item label={label} required>
      <Form.List name={name} initialValue={[undefined]}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="center">
                {children(row.name)}
                {rows.length > 1 && <MinusCircleOutlined onClick={() => remove(row.name)} aria-label="remove" />}
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid={`add-${name}`}>
              {addText}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
