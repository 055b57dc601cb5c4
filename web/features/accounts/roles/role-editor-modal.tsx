import { Checkbox, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, sendJson } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import { useAction } from '../../../app/use-action';
import type { Role } from '../accounts-api';
import { fieldErrorsOf } from '../field-errors';
import { collectPermissionGroups } from './permission-catalogue';
import { usePermissionName } from './permission-name';

interface RoleForm {
  id: string;
  name: string;
  nameEn: string;
  permissions: string[];
}

/** 角色编辑 — names in both languages and a checklist of permissions grouped by module. */
export function RoleEditorModal({ role, roles, onClose }: { role: Role | 'new' | undefined; roles: readonly Role[]; onClose: (changed: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const permissionName = usePermissionName();
  const { me } = useAuth();
  const { run, pending } = useAction();
  const [form] = Form.useForm<RoleForm>();
  const isNew = role === 'new';
  const groups = useMemo(() => collectPermissionGroups(roles, me?.permissions), [roles, me?.permissions]);

  useEffect(() => {
    if (role && role !== 'new') form.setFieldsValue({ id: role.id, name: role.name, nameEn: role.nameEn, permissions: role.permissions });
    else form.resetFields();
  }, [role, form]);

  const submit = async (values: RoleForm) => {
    const isDone = await run(
      'save',
      async () => {
        try {
          if (isNew) await sendJson('/api/roles', 'POST', values);
          else await sendJson(`/api/roles/${encodeURIComponent(values.id)}`, 'PATCH', { name: values.name, nameEn: values.nameEn, permissions: values.permissions });
        } catch (error) {
          if (error instanceof ApiError) form.setFields(fieldErrorsOf(error, ['id', 'name', 'nameEn', 'permissions'] as const));
          throw error;
        }
      },
      t('accounts.roles.saved'),
    );
    if (isDone) onClose(true);
  };

  const moduleTitle = (module: string) => {
    const key = `nav.${module}`;
    return i18n.exists(key) ? (t as (key: string) => string)(key) : module;
  };

  return (
    <Modal
      open={role !== undefined}
      title={isNew ? t('accounts.roles.create') : t('accounts.roles.edit')}
      okText={t('common.save')}
      confirmLoading={pending === 'save'}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={720}
      forceRender
    >
      <Form<RoleForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ permissions: [] }} data-testid="role-form">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="id"
              label={t('accounts.roles.id')}
              extra={isNew ? t('accounts.roles.idHint') : undefined}
              rules={[{ required: true, pattern: /^[a-z][a-z0-9-]{1,62}$/, message: t('accounts.roles.idInvalid') }]}
            >
              <Input disabled={!isNew} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="name" label={t('accounts.roles.nameZh')} rules={[{ required: true, max: 100, message: t('accounts.roles.nameRequired') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameEn" label={t('accounts.roles.nameEn')} rules={[{ required: true, max: 100, message: t('accounts.roles.nameRequired') }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="permissions" label={t('accounts.roles.permissions')}>
          <Checkbox.Group style={{ display: 'block' }}>
            {groups.map((group) => (
              <div key={group.module} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{moduleTitle(group.module)}</Typography.Text>
                <Row gutter={[8, 6]} style={{ marginTop: 6 }}>
                  {group.permissions.map((id) => (
                    <Col key={id} xs={24} md={12}>
                      <Checkbox value={id}>
                        {permissionName(id)}
                        {permissionName(id) !== id && (
                          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                            {id}
                          </Typography.Text>
                        )}
                      </Checkbox>
                    </Col>
                  ))}
                </Row>
              </div>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
