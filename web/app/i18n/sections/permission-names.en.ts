import type { WidenStrings } from '../widen';
import type { permissionNamesZh } from './permission-names.zh-CN';

/** Permission labels in English, keyed by permission id. */
export const permissionNamesEn: WidenStrings<typeof permissionNamesZh> = {
  accounts: {
    user: { read: 'View users', manage: 'Manage users' },
    role: { read: 'View roles', manage: 'Manage roles' },
    grant: { read: 'View grants', manage: 'Grant and revoke roles' },
    unit: { read: 'View organisation and enterprise units' },
    registration: { read: 'View enterprise registrations', verify: 'Verify enterprise registrations' },
    token: { manage: 'Manage own API tokens' },
  },
  audit: {
    read: 'Search and export the audit log',
    verify: 'Verify the audit hash chain',
  },
};
