import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { findModuleByPath, isModuleVisible, modules, navGroups, type NavGroup } from '../modules';

/**
 * The side menu: the modules of the platform, grouped by the kind of work done there. Administration modules
 * show only when the acting unit holds a permission that opens them (the server's list in `me`). Collapsed to
 * icons, the group titles would be cut off, so thin dividers separate the groups instead.
 */
export function NavMenu({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { me } = useAuth();
  const selected = findModuleByPath(pathname);
  const permissions = me?.permissions ?? null;
  const groups = navGroups.filter((group) => itemsOf(group).length > 0);

  function itemsOf(group: NavGroup) {
    return modules
      .filter((entry) => entry.group === group && isModuleVisible(entry, permissions))
      .map(({ key, path, icon: Icon }) => ({
        key,
        icon: <Icon />,
        label: t(`nav.${key}`),
        onClick: () => navigate(path),
        'data-testid': `nav-${key}`,
      }));
  }
  const items: MenuProps['items'] = isCollapsed
    ? groups.flatMap((group, index) => [
        ...(index === 0 ? [] : [{ type: 'divider' as const, key: `${group}-divider` }]),
        ...itemsOf(group),
      ])
    : groups.map((group) => ({ type: 'group' as const, key: group, label: t(`nav.${group}`), children: itemsOf(group) }));

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.key] : []}
      style={{ borderInlineEnd: 0, paddingBlock: 8 }}
    />
  );
}
