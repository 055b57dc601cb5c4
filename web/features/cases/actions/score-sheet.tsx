import { Flex, Form, InputNumber, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../core/rules';
import { weightedTotal } from '../../../../core/workflow';
import { usePick } from '../../policies/shared/use-pick';

/**
 * 评分表 — one score per criterion of the unified rubric, within its scale, and the weighted total as the server
 * will compute it (core/workflow weightedTotal), shown while the expert types.
 */
export function ScoreSheet({ rubric, label }: { rubric: Rubric; label: string }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const scores = Form.useWatch<Record<string, number | null> | undefined>('scores');
  const filled = Object.fromEntries(Object.entries(scores ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  const { min, max } = rubric.scale;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} data-testid="score-sheet">
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
        {t('cases.form.scale', { min, max })}
      </Typography.Paragraph>
      {rubric.criteria.map((criterion) => (
        <Form.Item
          key={criterion.id}
          name={['scores', criterion.id]}
          label={t('cases.form.criterion', { name: pick(criterion.name), weight: criterion.weight })}
          extra={criterion.description ? pick(criterion.description) : undefined}
          rules={[{ required: true, message: t('cases.form.required') }]}
        >
          <InputNumber min={min} max={max} style={{ width: 140 }} data-testid={`score-${criterion.id}`} />
        </Form.Item>
      ))}
      <Flex justify="flex-end">
        <Statistic title={t('cases.form.weightedTotal')} value={weightedTotal({ scale: rubric.scale, criteria: rubric.criteria }, filled)} precision={2} />
      </Flex>
    </fieldset>
  );
}
