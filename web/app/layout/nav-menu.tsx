import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { findModuleByPath, modules, navGroups, type NavGroup } from '../modules';

/**
 * The side menu: every module of the platform, grouped by the kind of work done there. Collapsed to icons, the
 * group titles would be cut off, so thin dividers separate the groups instead.
 */
export function NavMenu({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = findModuleByPath(pathname);

  const itemsOf = (group: NavGroup) =>
    modules
      .filter((entry) => entry.group === group)
      .map(({ key, path, icon: Icon }) => ({
        key,
        icon: <Icon />,
        label: t(`nav.${key}`),
        onClick: () => navigate(path),
        'data-testid': `nav-${key}`,
      }));
  const items: MenuProps['items'] = isCollapsed
    ? navGroups.flatMap((group, index) => [
        ...(index === 0 ? [] : [{ type: 'divider' as const, key: `${group}-divider` }]),
        ...itemsOf(group),
      ])
    : navGroups.map((group) => ({ type: 'group' as const, key: group, label: t(`nav.${group}`), children: itemsOf(group) }));

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
