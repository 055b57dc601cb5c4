import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataScope } from '../accounts-api';

const colours: Record<DataScope, string> = { zone: 'red', 'unit-tree': 'volcano', unit: 'blue', territory: 'green', own: 'default' };

/** 数据范围 — a grant's scope, with what it reaches in the tooltip. */
export function ScopeTag({ scope }: { scope: DataScope }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`accounts.scopeHints.${scope}`)}>
      <Tag color={colours[scope]}>{t(`accounts.scopes.${scope}`)}</Tag>
    </Tooltip>
  );
}
