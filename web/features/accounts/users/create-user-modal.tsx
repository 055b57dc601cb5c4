import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, sendJson } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import type { Unit } from '../accounts-api';
import { fieldErrorsOf } from '../field-errors';
import { passwordRule, USERNAME_PATTERN } from '../form-rules';

interface NewUserForm {
  username: string;
  displayName: string;
  password: string;
  unitIds: string[];
}

/** 新建用户 — with an initial password the user must change at first sign-in, in units one manages. */
export function CreateUserModal({ open, units, onClose }: { open: boolean; units: readonly Unit[]; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { name, language } = useLocalized();
  const { me } = useAuth();
  const { run, pending } = useAction();
  const [form] = Form.useForm<NewUserForm>();
  // Without unit.read the list is empty; one can still place people in one's own units.
  const choices: readonly { id: string; name: string; nameEn: string }[] = units.length > 0 ? units : (me?.units ?? []);

  const submit = async (values: NewUserForm) => {
    const isDone = await run(
      'create',
      async () => {
        try {
          await sendJson('/api/users', 'POST', values);
        } catch (error) {
          if (error instanceof ApiError) form.setFields(fieldErrorsOf(error, ['username', 'displayName', 'password', 'unitIds'] as const));
          throw error;
        }
      },
      t('accounts.users.created', { user: values.username }),
    );
    if (isDone) {
      form.resetFields();
      onClose(true);
    }
  };

  return (
    <Modal
      open={open}
      title={t('accounts.users.create')}
      okText={t('common.create')}
      confirmLoading={pending === 'create'}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<NewUserForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="create-user-form">
        <Form.Item
          name="username"
          label={t('auth.register.username')}
          normalize={(value: string) => value.trim().toLowerCase()}
          rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('auth.register.usernameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('profile.displayName')} rules={[{ required: true, max: 100, message: t('accounts.users.displayNameRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.users.initialPassword')}
          extra={t('accounts.users.initialPasswordHint')}
          dependencies={['username']}
          rules={[{ required: true, message: t('auth.register.passwordRequired') }, passwordRule(language, () => form.getFieldValue('username') as string)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="unitIds" label={t('accounts.users.units')} rules={[{ required: true, type: 'array', min: 1, message: t('accounts.users.unitsRequired') }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={choices.map((unit) => ({ value: unit.id, label: name(unit) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
