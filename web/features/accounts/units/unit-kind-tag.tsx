import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// One colour per kind, so the tree reads at a glance: government bodies blue, towns green, enterprises gold.
const colours: Record<string, string> = {
  zone: 'geekblue',
  'joint-meeting': 'purple',
  'working-group': 'purple',
  office: 'blue',
  department: 'cyan',
  'city-bureau': 'cyan',
  body: 'blue',
  town: 'green',
  'statistical-unit': 'lime',
  'expert-pool': 'magenta',
  enterprise: 'gold',
};

/** 单位类型 — the kind of a unit as a small coloured tag. */
export function UnitKindTag({ kind }: { kind: string }) {
  const { t, i18n } = useTranslation();
  const key = `accounts.unitKinds.${kind}`;
  return (
    <Tag color={colours[kind] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {i18n.exists(key) ? (t as (key: string) => string)(key) : kind}
    </Tag>
  );
}
