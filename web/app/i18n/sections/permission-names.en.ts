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
  territory: {
    read: 'View the zone map, locate points and see case routes',
    layer: { import: 'Import official boundary layers' },
  },
  registry: {
    read: 'View the enterprise list, statistics and coverage report',
    import: 'Import source files and re-run entity resolution',
    review: 'Review likely duplicates, split enterprises, place enterprises by hand',
  },
  policies: {
    match: 'Policy matching: view and export qualifying enterprises',
    simulate: 'Draft parameter changes and simulate them',
    edit: 'Publish a new policy version',
  },
  cases: {
    apply: 'Apply and upload materials for an enterprise',
    read: 'View cases within the data scope',
    act: 'Act on cases (the workflow decides which actions)',
    supervise: 'Supervise: overdue cases by body',
    calendar: { manage: 'Maintain the working-day calendar overrides' },
  },
};
