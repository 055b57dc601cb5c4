import { Form, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, sendJson, toQuery } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import { dataScopes, type DataScope, type Page, type Role, type User } from '../accounts-api';

interface GrantForm {
  userId: string;
  unitId: string;
  roleId: string;
  scope: DataScope;
}

/**
 * 授予角色 — a role to a user in one of their units, with a data scope. The server refuses what the granter does
 * not hold (permissions or a wider scope) with a message saying so.
 */
export function CreateGrantModal({ open, roles, onClose }: { open: boolean; roles: readonly Role[]; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { run, pending } = useAction();
  const [form] = Form.useForm<GrantForm>();
  const [found, setFound] = useState<User[]>([]);
  const userId = Form.useWatch('userId', form);
  const user = found.find((candidate) => candidate.id === userId);

  const search = async (q: string) => {
    const page = await requestJson<Page<User>>(`/api/users${toQuery({ q, pageSize: 20 })}`).catch(() => undefined);
    if (page) setFound((previous) => [...previous.filter((u) => u.id === userId), ...page.items.filter((u) => u.id !== userId)]);
  };

  const submit = async (values: GrantForm) => {
    if (await run('grant', () => sendJson('/api/grants', 'POST', values), t('accounts.grants.granted'))) {
      form.resetFields();
      onClose(true);
    }
  };

  return (
    <Modal
      open={open}
      title={t('accounts.grants.create')}
      okText={t('accounts.grants.grant')}
      confirmLoading={pending === 'grant'}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      afterOpenChange={(isOpen) => isOpen && void search('')}
      destroyOnHidden
      width={600}
    >
      <Form<GrantForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ scope: 'unit' }}>
        <Form.Item name="userId" label={t('accounts.grants.user')} rules={[{ required: true, message: t('accounts.grants.userRequired') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            placeholder={t('accounts.grants.userPlaceholder')}
            onChange={() => form.setFieldValue('unitId', undefined)}
            options={found.map((candidate) => ({ value: candidate.id, label: `${candidate.displayName} (${candidate.username})` }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('accounts.grants.unit')} extra={t('accounts.grants.unitHint')} rules={[{ required: true, message: t('accounts.grants.unitRequired') }]}>
          <Select disabled={!user} options={user?.units.map((unit) => ({ value: unit.id, label: name(unit) }))} />
        </Form.Item>
        <Form.Item name="roleId" label={t('accounts.grants.role')} rules={[{ required: true, message: t('accounts.grants.roleRequired') }]}>
          <Select options={roles.map((role) => ({ value: role.id, label: name(role) }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('accounts.grants.scope')}>
          <Radio.Group>
            <Space orientation="vertical">
              {dataScopes.map((scope) => (
                <Radio key={scope} value={scope}>
                  {t(`accounts.scopes.${scope}`)}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {t(`accounts.scopeHints.${scope}`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
