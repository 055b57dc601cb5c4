import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Pagination, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAction } from '../../../app/use-action';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import type { ListPage, ReviewItem } from '../registry-api';
import { formatCount } from '../registry-format';
import { ReviewPair } from './review-pair';
import { describeReviewReason } from './review-reason';
import { WaterfallChart } from './waterfall-chart';

type Decision = 'same' | 'different';
const pageSize = 20;

/**
 * 疑似重复 — the pairs the model could not decide, one at a time: the two records side by side, the waterfall of the
 * match weights, and for a reviewer the two answers (also on the keyboard: S same, D different, J/K next/previous).
 * A decision is kept for every later re-run of resolution.
 */
export function ReviewTab() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { page, update } = useListParams([] as const);
  const { data, error, isLoading, reload } = useApi<ListPage<ReviewItem>>(`/api/registry/review${toQuery({ page, pageSize })}`);
  const { run, pending } = useAction();
  const [decided, setDecided] = useState<Record<string, ReviewItem>>({});
  const [selectedId, setSelectedId] = useState<string>();
  const items = (data?.items ?? []).map((item) => decided[String(item.id)] ?? item);
  const selectedIndex = Math.max(0, items.findIndex((item) => String(item.id) === selectedId));
  const selected = items[selectedIndex];

  const move = useCallback(
    (step: number) => {
      const next = items[selectedIndex + step];
      if (next) setSelectedId(String(next.id));
    },
    [items, selectedIndex],
  );

  const decide = useCallback(
    async (decision: Decision) => {
      if (!selected || selected.status !== 'open' || !selected.abilities.review || pending) return;
      let answer: { item: ReviewItem } | undefined;
      const isDone = await run(
        decision,
        async () => {
          answer = await sendJson<{ item: ReviewItem }>(`/api/registry/review/${encodeURIComponent(String(selected.id))}`, 'POST', { decision });
        },
        t(decision === 'same' ? 'registry.review.markedSame' : 'registry.review.markedDifferent'),
      );
      if (!isDone || !answer) return;
      const item = answer.item;
      setDecided((previous) => ({ ...previous, [String(item.id)]: item }));
      const nextOpen = items.slice(selectedIndex + 1).find((candidate) => candidate.status === 'open' && !decided[String(candidate.id)]);
      if (nextOpen) setSelectedId(String(nextOpen.id));
    },
    [selected, pending, run, t, items, selectedIndex, decided],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest('input, textarea, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'arrowdown') move(1);
      else if (key === 'k' || key === 'arrowup') move(-1);
      else if (key === 's') void decide('same');
      else if (key === 'd') void decide('different');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, decide]);

  if (error) return <ApiErrorResult error={error} onRetry={reload} />;

  return (
    <div data-testid="registry-review">
      <Row gutter={16}>
        <Col xs={24} lg={8} xl={7}>
          <Card
            title={t('registry.review.queue', { total: formatCount(data?.total ?? 0, language) })}
            extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => { setDecided({}); reload(); }} aria-label={t('registry.review.refresh')} />}
            styles={{ body: { padding: 0 } }}
          >
            {isLoading && items.length === 0 ? (
              <Skeleton active style={{ padding: 16 }} />
            ) : items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.review.empty')} style={{ padding: 16 }} />
            ) : (
              <div role="listbox" aria-label={t('registry.tabs.review')}>
                {items.map((item) => (
                  <QueueEntry key={item.id} item={item} isSelected={item === selected} onSelect={() => setSelectedId(String(item.id))} />
                ))}
              </div>
            )}
            {(data?.total ?? 0) > pageSize && (
              <Flex justify="center" style={{ padding: 12 }}>
                <Pagination size="small" current={page} pageSize={pageSize} total={data?.total ?? 0} onChange={(next) => update({ page: next === 1 ? undefined : next })} />
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {selected ? (
            <Card
              title={t('registry.review.pairTitle', { index: (page - 1) * pageSize + selectedIndex + 1, total: data?.total ?? 0 })}
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('registry.review.probability', { percent: (selected.probability * 100).toFixed(1) })}
                </Typography.Text>
              }
              data-testid="review-current"
            >
              <Flex vertical gap={20}>
                <ReviewPair item={selected} />
                <ReasonNote item={selected} />
                <WaterfallChart steps={selected.steps} total={selected.weight} thresholds={selected.thresholds} rule={selected.rule} />
                {selected.status === 'decided' ? (
                  <Alert type="success" showIcon title={t('registry.review.alreadyDecided')} />
                ) : selected.abilities.review ? (
                  <Flex gap={12} align="center" wrap>
                    <Button type="primary" icon={<CheckOutlined />} loading={pending === 'same'} onClick={() => void decide('same')} data-testid="decide-same">
                      {t('registry.review.same')}
                    </Button>
                    <Button danger icon={<CloseOutlined />} loading={pending === 'different'} onClick={() => void decide('different')} data-testid="decide-different">
                      {t('registry.review.different')}
                    </Button>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('registry.review.shortcuts')}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Alert type="info" showIcon title={t('registry.review.readOnly')} />
                )}
              </Flex>
            </Card>
          ) : (
            <Card>
              {isLoading ? <Skeleton active paragraph={{ rows: 8 }} /> : <Empty description={t('registry.review.empty')} data-testid="review-empty" />}
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

/** Why the pair is in the queue: its weight against both thresholds, or the rule that held it back; and the model. */
function ReasonNote({ item }: { item: ReviewItem }) {
  const { t } = useTranslation();
  const { key, values } = describeReviewReason(item);
  return (
    <Alert
      type="warning"
      showIcon
      title={t(key, values)}
      description={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('registry.review.modelVersion', { version: item.modelVersion })}
        </Typography.Text>
      }
      data-testid="review-reason"
    />
  );
}

/** One pair in the queue: both names, its weight, why it is here, and whether it was decided here. */
function QueueEntry({ item, isSelected, onSelect }: { item: ReviewItem; isSelected: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="option"
      aria-selected={isSelected}
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(event) => event.key === 'Enter' && onSelect()}
      data-testid="review-item"
      style={{
        cursor: 'pointer',
        padding: '10px 16px',
        borderBottom: '1px solid #f0f0f0',
        background: isSelected ? '#eef4ff' : undefined,
        borderInlineStart: `3px solid ${isSelected ? '#1f5fd1' : 'transparent'}`,
      }}
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text ellipsis>{item.recordA.name}</Typography.Text>
        <Typography.Text ellipsis type="secondary">
          {item.recordB.name}
        </Typography.Text>
        <Flex gap={6} align="center">
          <Tag variant="filled">{t('registry.review.weight', { weight: item.weight.toFixed(1) })}</Tag>
          <Tag variant="filled" color={item.reason === 'between-thresholds' ? 'orange' : 'red'} data-testid="review-reason-tag">
            {t(`registry.review.reasonTags.${item.reason}`)}
          </Tag>
          {item.status === 'decided' && <Tag color="green">{t('registry.review.decided')}</Tag>}
        </Flex>
      </Flex>
    </div>
  );
}
