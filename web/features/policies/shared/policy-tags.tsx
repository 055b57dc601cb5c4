import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchResult, PolicyKind, VersionSpan } from '../policies-api';

const KIND_COLORS: Record<PolicyKind, string> = { 'special-fund': 'blue', talent: 'purple' };
const RESULT_COLORS: Record<MatchResult, string> = { eligible: 'success', likely: 'processing', undetermined: 'warning', ineligible: 'default' };

/** 专项资金 / 人才政策 */
export function KindTag({ kind }: { kind: PolicyKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`policies.kind.${kind}`)}
    </Tag>
  );
}

/** "第 2 版 · 2024-01-01 起施行", or the range when the version has ended. */
export function VersionTag({ version }: { version: VersionSpan }) {
  const { t } = useTranslation();
  const span = version.validTo
    ? t('policies.validRange', { from: version.validFrom, to: version.validTo })
    : t('policies.validFrom', { from: version.validFrom });
  return (
    <Tag style={{ marginInlineEnd: 0 }} data-testid="version-tag">
      {t('policies.version', { version: version.version })} · {span}
    </Tag>
  );
}

/**
 * 示意数值 — the issue requires that figures no official source confirms be shown as such: a warning tag on a
 * policy whose parameters or documents are not all verified.
 */
export function IllustrativeTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('policies.illustrativeHint')}>
      <Tag color="warning" icon={<ExclamationCircleOutlined />} style={{ cursor: 'help', marginInlineEnd: 0 }} data-testid="illustrative">
        {t('policies.illustrative')}
      </Tag>
    </Tooltip>
  );
}

/** Whether one parameter or document is confirmed by an official source; hovering names the source. */
export function VerifiedTag({ verified, source }: { verified: boolean; source?: string }) {
  const { t } = useTranslation();
  const tag = (
    <Tag
      color={verified ? 'success' : 'warning'}
      icon={verified ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />}
      style={{ marginInlineEnd: 0, cursor: source ? 'help' : undefined }}
    >
      {t(verified ? 'policies.verified' : 'policies.unverified')}
    </Tag>
  );
  return source ? <Tooltip title={t('policies.sourceHint', { source })}>{tag}</Tooltip> : tag;
}

/** 符合 / 可能符合 / 待确认 / 不符合 */
export function ResultTag({ result }: { result: MatchResult }) {
  const { t } = useTranslation();
  return (
    <Tag color={RESULT_COLORS[result]} style={{ marginInlineEnd: 0 }} data-result={result}>
      {t(`policies.resultShort.${result}`)}
    </Tag>
  );
}
