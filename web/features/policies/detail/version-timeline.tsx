import { Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import type { PolicyVersionView, VersionSpan } from '../policies-api';
import { usePick } from '../shared/use-pick';
import { todayInShanghai, versionState } from './version-state';

/**
 * 版本沿革 — every version, newest first, with its dates, note and origin (the zone pack's documents, or published
 * here from a draft), the one in force today and any still to come marked; each can be opened as it stands on its
 * first day. History is never edited, only extended.
 */
export function VersionTimeline({ policyId, versions, shown }: { policyId: string; versions: PolicyVersionView[]; shown: VersionSpan }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const today = todayInShanghai();
  return (
    <Timeline
      data-testid="versions"
      items={newestFirst.map((v) => {
        const isShown = v.version === shown.version;
        const state = versionState(v, today);
        const isCurrent = state === 'current';
        return {
          color: isCurrent ? 'blue' : state === 'upcoming' ? 'gold' : 'gray',
          // All in the content: a title would be drawn on the other side of the line.
          content: (
            <div style={{ fontSize: 13 }}>
              <Flex gap={6} align="center" wrap style={{ marginBottom: 2 }}>
                <Typography.Text strong>{t('policies.version', { version: v.version })}</Typography.Text>
                {state !== 'past' && <Tag color={isCurrent ? 'blue' : 'gold'}>{t(`policies.detail.${state}`)}</Tag>}
                <Tag>{t(`policies.detail.origin.${v.origin}`)}</Tag>
              </Flex>
              <div>
                {v.validTo ? t('policies.validRange', { from: v.validFrom, to: v.validTo }) : t('policies.validFrom', { from: v.validFrom })}
              </div>
              {v.note && <Typography.Text type="secondary">{pick(v.note)}</Typography.Text>}
              {v.publishedBy && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('policies.detail.publishedBy', { by: v.publishedBy, at: formatDateTime(v.publishedAt) })}
                  </Typography.Text>
                </div>
              )}
              {!isShown && (
                <div>
                  <Link to={isCurrent ? `/policies/${policyId}` : `/policies/${policyId}?asOf=${v.validFrom}`}>{t('policies.detail.viewVersion')}</Link>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
