import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import { chainSegmentsOf, fromFilterForm, toFilterForm, type EnterpriseFilterForm, type EnterpriseFilterKey, type EnterpriseFilters } from '../enterprise-filters';
import { useRegistryReference } from '../registry-context';
import { AREAS, INDUSTRIES } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';

/**
 * 企业筛选 — search (name or credit code), area, town, body, industry and chain segment, directory and location. The
 * search applies on submit and lives in the address, so a found set can be shared or exported as it is.
 */
export function EnterpriseFilterForm({ values, onApply }: { values: EnterpriseFilters; onApply: (filters: Record<EnterpriseFilterKey, string | undefined>) => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const labels = useRegistryLabels();
  const { towns, bodies } = useRegistryReference();
  const [form] = Form.useForm<EnterpriseFilterForm>();
  const industry = Form.useWatch('industry', form);

  // The form follows the address when it changes (back, forward, a shared link), not on every render.
  const applied = JSON.stringify(values);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toFilterForm(JSON.parse(applied) as EnterpriseFilters));
  }, [form, applied]);

  const yesNo = (yes: string, no: string) => [
    { value: true, label: yes },
    { value: false, label: no },
  ];

  return (
    <Form<EnterpriseFilterForm> form={form} layout="vertical" onFinish={(form) => onApply(fromFilterForm(form))} data-testid="registry-filters">
      <Row gutter={[16, 0]}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="q" label={t('registry.filters.q')}>
            <Input allowClear placeholder={t('registry.filters.qPlaceholder')} data-testid="registry-search" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="area" label={t('registry.filters.area')}>
            <Select allowClear placeholder={t('registry.filters.any')} options={AREAS.map((area) => ({ value: area, label: labels.area(area) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Form.Item name="townCode" label={t('registry.filters.town')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('registry.filters.any')} options={towns.map((town) => ({ value: town.code, label: name(town) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Form.Item name="bodyId" label={t('registry.filters.body')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('registry.filters.any')} options={bodies.map((body) => ({ value: body.id, label: name(body) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Form.Item name="industry" label={t('registry.filters.industry')}>
            <Select
              allowClear
              placeholder={t('registry.filters.any')}
              options={INDUSTRIES.map((code) => ({ value: code, label: labels.industry(code) }))}
              onChange={() => form.setFieldValue('chainSegment', undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Form.Item name="chainSegment" label={t('registry.filters.chainSegment')}>
            <Select
              allowClear
              placeholder={t('registry.filters.any')}
              disabled={chainSegmentsOf(industry).length === 0}
              options={chainSegmentsOf(industry).map((code) => ({ value: code, label: labels.segment(code) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="inDirectory" label={t('registry.filters.inDirectory')}>
            <Select allowClear placeholder={t('registry.filters.any')} options={yesNo(t('registry.list.inDirectory'), t('registry.list.notInDirectory'))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="located" label={t('registry.filters.located')}>
            <Select allowClear placeholder={t('registry.filters.any')} options={yesNo(t('registry.filters.placed'), t('registry.list.unplaced'))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Form.Item label=" ">
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="registry-apply">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onApply(fromFilterForm({}));
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
