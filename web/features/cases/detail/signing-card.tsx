import { Card, Flex, Listy, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { SigningState } from '../../../../core/workflow';
import type { TimelineVocabulary } from './timeline-view';

/** 会签 / 或签 — who signs this stage, who has, with which opinion, and who waits for whom (加签). */
export function SigningCard({ signing, words }: { signing: SigningState; words: TimelineVocabulary }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t(`cases.signing.${signing.mode}`)} data-testid="signing">
      <Listy
        items={signing.signers}
        rowKey="unitId"
        itemRender={(signer) => (
          <Flex justify="space-between" align="center" gap={8}>
            <span>
              <Typography.Text strong>{words.unit(signer.unitId)}</Typography.Text>
              {!signer.isRequired && <Tag style={{ marginInlineStart: 8 }}>{t('cases.signing.optional')}</Tag>}
              {signer.waitsFor.length > 0 && !signer.signedAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {t('cases.signing.waitsFor', { units: signer.waitsFor.map(words.unit).join('、') })}
                </Typography.Text>
              )}
              {signer.comment && <div style={{ fontSize: 12, color: '#64748b' }}>{signer.comment}</div>}
            </span>
            {signer.signedAt ? (
              <Tag color={signer.opinion === 'agree' ? 'success' : 'error'}>
                {t(`cases.values.opinion.${signer.opinion ?? 'agree'}`)} · {formatDateTime(signer.signedAt)}
              </Tag>
            ) : (
              <Tag>{t('cases.signing.pending')}</Tag>
            )}
          </Flex>
        )}
      />
    </Card>
  );
}
