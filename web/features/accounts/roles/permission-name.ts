import { useTranslation } from 'react-i18next';

/**
 * The label of a permission id in the UI language. The server declares labels with each permission but does not
 * publish them yet (no permission catalogue endpoint), so the UI catalogue holds the known ones under
 * `permissionNames.<id>`; an id it does not know is shown as is.
 */
export function usePermissionName(): (id: string) => string {
  const { t, i18n } = useTranslation();
  return (id) => {
    const key = `permissionNames.${id}`;
    return i18n.exists(key) ? (t as (key: string) => string)(key) : id;
  };
}

/** The module a permission belongs to: the part of its id before the first dot. */
export function moduleOfPermission(id: string): string {
  return id.split('.')[0] ?? id;
}
