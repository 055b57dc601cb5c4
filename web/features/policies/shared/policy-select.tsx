import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicySummary } from '../policies-api';
import { usePick } from './use-pick';

/** Chooses the policy a matching list or a simulation is about, grouped by kind. */
export function PolicySelect({
  policies,
  value,
  onChange,
  loading,
}: {
  policies: readonly PolicySummary[];
  value: string | undefined;
  onChange: (policyId: string) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const group = (kind: PolicySummary['kind']) => ({
    label: t(`policies.kind.${kind}`),
    options: policies.filter((p) => p.kind === kind).map((p) => ({ value: p.id, label: pick(p.name) })),
  });
  return (
    <Select
      value={value}
      onChange={onChange}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('policies.matching.choosePolicy')}
      options={[group('special-fund'), group('talent')].filter((g) => g.options.length > 0)}
      style={{ width: 340, maxWidth: '100%' }}
      data-testid="policy-select"
      aria-label={t('policies.matching.policy')}
    />
  );
}
