import { Button, Card, Form, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POOR_GRADES, RATING_GRADES, type Rating, type RatingGrade } from '../../../../core/workflow';

/**
 * 好差评 — after the case is closed the applicant rates the service in five grades; a poor grade opens a
 * follow-up (a callback within one working day, a fix within fifteen), which the card says.
 */
export function RatingCard({
  rating,
  canRate,
  isBusy,
  onRate,
}: {
  rating: Rating | null;
  canRate: boolean;
  isBusy: boolean;
  onRate: (payload: { grade: RatingGrade; comment?: string }) => void;
}) {
  const { t } = useTranslation();
  if (!rating && !canRate) return null;
  return (
    <Card size="small" title={t('cases.rating.title')} data-testid="rating">
      {rating ? (
        <div>
          <Tag color={POOR_GRADES.includes(rating.grade) ? 'error' : 'success'}>{t(`cases.values.grade.${rating.grade}`)}</Tag>
          {rating.comment && <Typography.Paragraph style={{ marginTop: 8 }}>{rating.comment}</Typography.Paragraph>}
          {POOR_GRADES.includes(rating.grade) && <Typography.Text type="secondary">{t('cases.rating.followUp')}</Typography.Text>}
        </div>
      ) : (
        <Form
          layout="vertical"
          onFinish={({ grade, comment }: { grade: RatingGrade; comment?: string }) => onRate({ grade, ...(comment?.trim() ? { comment: comment.trim() } : {}) })}
        >
          <Form.Item name="grade" label={t('cases.rating.grade')} rules={[{ required: true, message: t('cases.form.required') }]}>
            <Radio.Group
              optionType="button"
              options={RATING_GRADES.map((grade) => ({ value: grade, label: t(`cases.values.grade.${grade}`) }))}
              data-testid="rating-grade"
            />
          </Form.Item>
          <Form.Item name="comment" label={t('cases.rating.comment')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid="rate">
            {t('cases.rating.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
