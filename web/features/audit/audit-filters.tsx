import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import type { Unit } from '../accounts/accounts-api';
import type { AuditFilterKey } from './audit-api';
import { isoToShanghaiInput, lastDays, shanghaiInputToIso } from './shanghai-time';

type Filters = Partial<Record<AuditFilterKey, string>>;

// What the search form holds: the time range as Shanghai wall-clock inputs, the rest as the API takes it.
type FormValues = Omit<Filters, 'from' | 'to'> & { fromLocal?: string; toLocal?: string };

const presets = [1, 7, 30, 90] as const;

/**
 * 检索条件 — time range (with quick ranges), actor, unit, action (prefix), object type and id, and free text. The
 * search applies on submit and lives in the address, so a found set can be shared or exported as it is.
 */
export function AuditFilters({ values, units, onApply }: { values: Filters; units: readonly Unit[]; onApply: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const [form] = Form.useForm<FormValues>();

  // The form follows the address when it changes (back, forward, a shared link), not on every render, which would
  // wipe what the user is typing.
  const applied = JSON.stringify(values);
  useEffect(() => {
    const current = JSON.parse(applied) as Filters;
    form.resetFields();
    form.setFieldsValue({ ...current, fromLocal: isoToShanghaiInput(current.from), toLocal: isoToShanghaiInput(current.to) });
  }, [form, applied]);

  const apply = ({ fromLocal, toLocal, ...rest }: FormValues) => {
    const trimmed = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, typeof value === 'string' ? value.trim() || undefined : value]));
    onApply({ ...trimmed, from: shanghaiInputToIso(fromLocal), to: shanghaiInputToIso(toLocal) });
  };

  const pickPreset = (days: number) => {
    const range = lastDays(days);
    form.setFieldsValue({ fromLocal: isoToShanghaiInput(range.from), toLocal: isoToShanghaiInput(range.to) });
  };

  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={apply} data-testid="audit-filters">
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={12}>
          <Form.Item label={t('audit.timeRange')} extra={<Presets onPick={pickPreset} />}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="fromLocal" noStyle>
                <Input type="datetime-local" aria-label={t('audit.from')} />
              </Form.Item>
              <Space.Addon>{t('audit.to')}</Space.Addon>
              <Form.Item name="toLocal" noStyle>
                <Input type="datetime-local" aria-label={t('audit.until')} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="unit" label={t('audit.unit')}>
            {units.length > 0 ? (
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('audit.unitPlaceholder')} options={units.map((unit) => ({ value: unit.id, label: name(unit) }))} />
            ) : (
              <Input allowClear placeholder={t('audit.unitIdPlaceholder')} />
            )}
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear placeholder={t('audit.actionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="objectType" label={t('audit.objectType')}>
            <Input allowClear placeholder="user / session / enterprise-registration" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="objectId" label={t('audit.objectId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="q" label={t('audit.keyword')}>
            <Input allowClear placeholder={t('audit.keywordPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}

function Presets({ onPick }: { onPick: (days: number) => void }) {
  const { t } = useTranslation();
  return (
    <Space size={4} style={{ marginTop: 4 }}>
      {presets.map((days) => (
        <Button key={days} size="small" type="link" style={{ paddingInline: 4 }} onClick={() => onPick(days)}>
          {t('audit.lastDays', { count: days })}
        </Button>
      ))}
    </Space>
  );
}
