import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchStep } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';
import { layoutWaterfall, type Thresholds, type WaterfallBar } from './match-waterfall';

const positive = '#2e9e5b';
const negative = '#d4380d';
const outcomeColors = { merged: 'green', review: 'orange', distinct: 'default' } as const;

/**
 * 匹配瀑布图 — why the model scored a pair as it did: the prior, each field's comparison level and weight as a bar
 * from the running total before it to the one after, and the merge and review thresholds as lines across every row.
 */
export function WaterfallChart({
  steps,
  total,
  thresholds,
  rule,
}: {
  steps: readonly MatchStep[];
  total: number;
  thresholds?: Thresholds;
  rule?: 'credit-code-conflict' | 'name-disagreement' | null;
}) {
  const { t, i18n } = useTranslation();
  const labels = useRegistryLabels();
  const layout = layoutWaterfall(steps, total, thresholds);
  const level = (code: string) => (i18n.exists(`registry.review.levels.${code}`) ? (t as (key: string) => string)(`registry.review.levels.${code}`) : code);
  const signed = (weight: number) => `${weight > 0 ? '+' : ''}${weight.toFixed(1)}`;

  return (
    <div data-testid="match-waterfall" data-outcome={layout.outcome}>
      <Flex gap={16} wrap style={{ fontSize: 12, marginBottom: 8 }}>
        <Legend color={outcomeColors.merged} line="solid" text={t('registry.review.mergeAt', { weight: layout.thresholds.merge })} />
        <Legend color={outcomeColors.review} line="dashed" text={t('registry.review.reviewAt', { weight: layout.thresholds.review })} />
      </Flex>
      <Row label={t('registry.review.prior')} detail={null} weight={signed(layout.prior.weight)} bar={layout.prior} marks={layout.marks} />
      {layout.steps.map((step) => (
        <Row
          key={step.field}
          label={labels.field(step.field)}
          detail={<Tag variant="filled" color={step.level === 'missing' ? 'default' : step.weight >= 0 ? 'green' : 'red'}>{level(step.level)}</Tag>}
          weight={signed(step.weight)}
          bar={step}
          marks={layout.marks}
          tooltip={`${step.valueA ?? '—'}  ⟷  ${step.valueB ?? '—'}`}
        />
      ))}
      <Flex align="center" gap={8} style={{ borderTop: '1px solid #eef0f3', paddingTop: 8, marginTop: 4 }}>
        <Typography.Text strong style={{ width: 124 }}>
          {t('registry.review.total')}
        </Typography.Text>
        <Typography.Text strong style={{ width: 48, textAlign: 'right' }} data-testid="waterfall-total">
          {signed(layout.total)}
        </Typography.Text>
        <Tag color={outcomeColors[layout.outcome]} style={{ marginInlineStart: 8 }}>
          {t(`registry.review.outcomes.${layout.outcome}`)}
        </Tag>
        {rule && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`registry.review.rules.${rule}`)}
          </Typography.Text>
        )}
      </Flex>
    </div>
  );
}

function Row({
  label,
  detail,
  weight,
  bar,
  marks,
  tooltip,
}: {
  label: string;
  detail: ReactNode;
  weight: string;
  bar: WaterfallBar;
  marks: { zero: number; merge: number; review: number };
  tooltip?: string;
}) {
  const mark = (left: number, style: CSSProperties): CSSProperties => ({ position: 'absolute', top: -3, bottom: -3, left: `${left}%`, width: 0, ...style });
  return (
    <Flex align="center" gap={8} style={{ height: 30 }}>
      <Typography.Text style={{ width: 124, fontSize: 13 }} ellipsis>
        {label}
      </Typography.Text>
      <Typography.Text style={{ width: 48, textAlign: 'right', fontFamily: 'monospace', fontSize: 12 }}>{weight}</Typography.Text>
      <Tooltip title={tooltip}>
        <div style={{ position: 'relative', flex: 1, height: 14, margin: '0 8px' }}>
          <div style={mark(marks.zero, { borderLeft: '1px solid #c3c9d4' })} />
          <div style={mark(marks.review, { borderLeft: '1px dashed #fa8c16' })} />
          <div style={mark(marks.merge, { borderLeft: '1px solid #2e9e5b' })} />
          <div
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${bar.left}%`,
              width: `max(${bar.width}%, 2px)`,
              borderRadius: 2,
              background: bar.weight >= 0 ? positive : negative,
              opacity: bar.weight === 0 ? 0.3 : 0.85,
            }}
          />
        </div>
      </Tooltip>
      <div style={{ width: 110 }}>{detail}</div>
    </Flex>
  );
}

function Legend({ color, line, text }: { color: string; line: 'solid' | 'dashed'; text: string }) {
  return (
    <Flex align="center" gap={6}>
      <span style={{ display: 'inline-block', width: 0, height: 12, borderLeft: `1px ${line} ${color === 'green' ? '#2e9e5b' : '#fa8c16'}` }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </Flex>
  );
}
