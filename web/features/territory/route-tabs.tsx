import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Skeleton, Steps, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api';
import { useLocalized } from '../../app/localized';
import { CASE_TYPES, type CaseRoute, type CaseType, type RouteStep } from './territory-api';

/**
 * 办件路线 — for each case type, the units that receive, review and report a case from the chosen point, in
 * order, as the server's routing rules answer them (the two talent routes, delegated approval, one-door intake).
 */
export function RouteTabs({
  routes,
  error,
  isLoading,
}: {
  routes: Partial<Record<CaseType, CaseRoute>>;
  error: ApiError | undefined;
  isLoading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="case-routes" style={{ marginTop: 14 }}>
      <Typography.Title level={5} style={{ margin: 0, fontSize: 14 }}>
        {t('territory.routes.title')}
      </Typography.Title>
      {error && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} title={t('territory.routes.failed', { message: error.message })} />
      )}
      <Tabs
        size="small"
        items={CASE_TYPES.map((caseType) => ({
          key: caseType,
          label: t(`territory.routes.caseTypes.${caseType}`),
          children: routes[caseType] ? (
            <RouteSteps route={routes[caseType]} />
          ) : isLoading ? (
            <Skeleton active title={false} paragraph={{ rows: 4 }} />
          ) : null,
        }))}
      />
    </div>
  );
}

function RouteSteps({ route }: { route: CaseRoute }) {
  const { t } = useTranslation();
  const { name, text } = useLocalized();
  const isRouted = (route.status ?? 'routed') === 'routed';
  return (
    <div data-testid={`route-${route.caseType}`} data-rule={route.rule ?? ''}>
      {route.ruleName && (
        <Typography.Paragraph style={{ marginBottom: 8, fontSize: 13 }}>
          <Typography.Text strong>{text(route.ruleName, route.ruleNameEn)}</Typography.Text>
          {route.verified === false && (
            <Tooltip title={route.source ? t('common.source', { source: route.source }) : undefined}>
              <Tag color="warning" icon={<ExclamationCircleOutlined />} style={{ marginInlineStart: 8, cursor: 'help' }}>
                {t('common.unverified')}
              </Tag>
            </Tooltip>
          )}
        </Typography.Paragraph>
      )}
      {!isRouted && route.reason && <Alert type="info" showIcon title={text(route.reason, route.reasonEn)} />}
      {isRouted && (
        <Steps
          orientation="vertical"
          size="small"
          items={[...route.steps]
            .sort((a, b) => a.order - b.order)
            .map((step, i) => ({
              // A route is a sequence to follow, not progress made: every step shows its number alike.
              icon: <StepNumber value={i + 1} />,
              title: step.roleName ? text(step.roleName, step.roleNameEn) : step.role,
              content: (
                <div style={{ paddingBottom: 4 }}>
                  <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{step.units.map(name).join('、')}</Typography.Text>
                  {detailsOf(step, t, name, text).map((line) => (
                    <div key={line}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {line}
                      </Typography.Text>
                    </div>
                  ))}
                </div>
              ),
            }))}
        />
      )}
      {route.ruleVersion && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[route.rule && t('territory.routes.rule', { rule: route.rule }), t('territory.routes.ruleVersion', { version: route.ruleVersion })]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      )}
    </div>
  );
}

function StepNumber({ value }: { value: number }) {
  return (
    <span
      style={{
        display: 'inline-grid',
        placeItems: 'center',
        width: 22,
        height: 22,
        borderRadius: '50%',
        background: '#1f5fd1',
        color: '#fff',
        fontSize: 12,
        fontWeight: 600,
      }}
    >
      {value}
    </span>
  );
}

type Translate = TFunction;
type Name = (item: { name: string; nameEn?: string | null }) => string;
type Text = (zh: string, en?: string | null) => string;

/** The secondary lines of a step: how the units act, with whom, to whom, by which standard, in whose name. */
function detailsOf(step: RouteStep, t: Translate, name: Name, text: Text): string[] {
  const lines: string[] = [];
  if (step.units.length > 1 && step.mode) lines.push(step.mode === 'any' ? t('territory.routes.modeAny') : t('territory.routes.modeAll'));
  if (step.participants?.length) lines.push(t('territory.routes.participants', { units: step.participants.map(name).join('、') }));
  if (step.to?.length) lines.push(t('territory.routes.to', { units: step.to.map(name).join('、') }));
  if (step.standard) lines.push(t(`territory.routes.standard.${step.standard}`));
  if (step.capacity === 'in-the-name-of' && step.inNameOf) lines.push(t('territory.routes.inNameOf', { name: name(step.inNameOf) }));
  if (step.mark) lines.push(t('territory.routes.mark', { mark: step.mark }));
  if (step.note) lines.push(text(step.note, step.noteEn));
  return lines;
}
