import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftInput, PolicyDetail, PolicyDraft } from '../policies-api';
import { DateInput } from '../shared/date-input';
import { formatValue } from '../shared/format-value';
import { usePick } from '../shared/use-pick';
import { ValueInput } from '../shared/value-input';
import { isEditable, toDraftFormValues, toDraftInput, type DraftFormValues } from './draft-form';

/**
 * 草稿编辑 — a draft's date of effect and the parameters it sets, each with the input its type needs and the value
 * in force beside it. The server checks the rest (known parameters, types, a date after the version in force).
 */
export function DraftEditor({
  policy,
  draft,
  open,
  isBusy,
  onSave,
  onCancel,
}: {
  policy: PolicyDetail;
  /** The draft being edited; none for a new one. */
  draft: PolicyDraft | undefined;
  open: boolean;
  isBusy: boolean;
  onSave: (input: DraftInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { pick, language } = usePick();
  const [form] = Form.useForm<DraftFormValues>();
  const editable = policy.parameters.filter(isEditable);
  const chosen: (string | undefined)[] = (Form.useWatch('changes', form) ?? []).map((change) => change?.name);

  useEffect(() => {
    if (open) form.setFieldsValue(draft ? toDraftFormValues(draft, policy.parameters) : { validFrom: undefined, note: undefined, changes: [{}] });
  }, [open, draft, policy.parameters, form]);

  return (
    <Modal
      open={open}
      title={t(draft ? 'policies.simulation.editDraft' : 'policies.simulation.newDraft')}
      okText={t('common.save')}
      confirmLoading={isBusy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSave(toDraftInput(values, policy.parameters))} data-testid="draft-editor">
        <Form.Item
          name="validFrom"
          label={t('policies.simulation.validFrom')}
          extra={t('policies.simulation.validFromHint')}
          rules={[{ required: true, message: t('policies.simulation.validFromRequired') }]}
        >
          <DateInput disabledBefore={policy.version.validFrom} />
        </Form.Item>
        <Typography.Text strong>{t('policies.simulation.parameters')}</Typography.Text>
        <Form.List
          name="changes"
          rules={[
            {
              validator: async (_rule, changes: DraftFormValues['changes'] | undefined) => {
                if (!changes?.some((change) => change?.name)) throw new Error(t('policies.simulation.parametersRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, index) => {
                const parameter = editable.find((p) => p.name === chosen[index]);
                return (
                  <Flex key={field.key} gap={8} align="flex-start" data-testid={`draft-change-${index}`}>
                    <Form.Item
                      name={[field.name, 'name']}
                      style={{ flex: 3, marginBottom: 12 }}
                      rules={[{ required: true, message: t('policies.simulation.chooseParameter') }]}
                      extra={
                        parameter && `${t('policies.simulation.currentValue')}${t('policies.check.colon')}${formatValue(parameter.type, parameter.value, language)}`
                      }
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('policies.simulation.chooseParameter')}
                        options={editable.map((p) => ({
                          value: p.name,
                          label: pick(p.label),
                          disabled: p.name !== chosen[index] && chosen.includes(p.name),
                        }))}
                        aria-label={t('policies.simulation.parameter')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'value']}
                      style={{ flex: 2, marginBottom: 12 }}
                      rules={[{ required: true, message: t('policies.simulation.valueRequired') }]}
                    >
                      {parameter ? <ValueInput type={parameter.type} /> : <Input disabled />}
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.remove')}
                      disabled={fields.length === 1}
                    />
                  </Flex>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block disabled={fields.length >= editable.length}>
                {t('policies.simulation.addParameter')}
              </Button>
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>
        <Form.Item name="note" label={t('policies.simulation.note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('policies.simulation.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
