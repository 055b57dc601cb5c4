import { Breadcrumb, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../app/page-header';
import type { PolicySummary } from '../policies-api';
import { IllustrativeTag, KindTag, VersionTag } from './policy-tags';
import { usePick } from './use-pick';

/** The top of a policy's own pages (detail, self-check): the way back to the catalogue, its name and tags. */
export function PolicyHeading({
  policy,
  page,
  title,
  description,
  actions,
}: {
  policy: PolicySummary;
  /** The trail's last step below the policy (the self-check), if any. */
  page?: string;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const name = pick(policy.name);
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/policies">{t('policies.tabs.catalogue')}</Link> },
          { title: page ? <Link to={`/policies/${policy.id}`}>{name}</Link> : name },
          ...(page ? [{ title: page }] : []),
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ flex: 1, minWidth: 320 }}>
          <PageHeader
            title={title ?? name}
            tags={
              <Flex gap={6} wrap>
                <KindTag kind={policy.kind} />
                <VersionTag version={policy.version} />
                {!policy.verified && <IllustrativeTag />}
              </Flex>
            }
            description={description}
          />
        </div>
        {actions && (
          <Flex gap={8} wrap>
            {actions}
          </Flex>
        )}
      </Flex>
    </>
  );
}
