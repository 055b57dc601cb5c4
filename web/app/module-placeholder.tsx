import { CheckCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from './i18n/language';
import { useLocalized } from './localized';
import { modules, type ModuleKey } from './modules';
import { primaryBlue } from './theme';
import { usePageTitle } from './use-page-title';

/** 模块规划 — what a module not built yet will hold, in each UI language. */
export interface ModulePlan {
  key: ModuleKey;
  /** The tracker issue that builds it, when one is filed. */
  issue?: number;
  text: Record<Language, { summary: string; users: string[]; capabilities: { title: string; detail: string }[] }>;
}

/** The page a module shows until it is built: its purpose, its users and what it will let them do. */
export function ModulePlaceholder({ plan }: { plan: ModulePlan }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const title = t(`nav.${plan.key}`);
  const text = plan.text[language];
  const Icon = modules.find((entry) => entry.key === plan.key)?.icon ?? InfoCircleOutlined;
  usePageTitle(title);

  return (
    <div data-testid={`placeholder-${plan.key}`}>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={20} align="flex-start">
          <span
            aria-hidden
            style={{
              flex: 'none',
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 56,
              height: 56,
              borderRadius: 12,
              fontSize: 28,
              color: primaryBlue,
              background: '#eef3fd',
            }}
          >
            <Icon />
          </span>
          <div style={{ minWidth: 0 }}>
            <Flex align="center" gap={10} wrap>
              <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
                {title}
              </Typography.Title>
              <Tag color="gold">{t('placeholder.badge')}</Tag>
              {plan.issue !== undefined && <Tag>{t('placeholder.plannedIn', { issue: plan.issue })}</Tag>}
            </Flex>
            <Typography.Paragraph style={{ margin: '10px 0 12px', fontSize: 15, maxWidth: 960 }}>
              {text.summary}
            </Typography.Paragraph>
            <Flex align="center" gap={8} wrap>
              <Typography.Text type="secondary">{t('placeholder.users')}</Typography.Text>
              {text.users.map((user) => (
                <Tag key={user} color="blue" variant="filled">
                  {user}
                </Tag>
              ))}
            </Flex>
          </div>
        </Flex>
      </Card>
      <Alert type="info" showIcon title={t('placeholder.notice')} style={{ marginBottom: 16 }} />
      <Card title={t('placeholder.capabilities')}>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 16 }}>
          {text.capabilities.map((capability) => (
            <Card key={capability.title} size="small" style={{ background: '#fafbfd' }}>
              <Flex gap={10} align="flex-start">
                <CheckCircleFilled style={{ color: primaryBlue, marginTop: 4 }} aria-hidden />
                <div>
                  <Typography.Text strong>{capability.title}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {capability.detail}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </Card>
          ))}
        </div>
      </Card>
    </div>
  );
}
