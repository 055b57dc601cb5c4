import { Card, Col, Empty, Input, Row, Skeleton, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { buildUnitTree, ENTERPRISES_KEY, matchUnitTree, type UnitNode } from './unit-tree';
import { UnitDetail } from './unit-detail';
import { UnitKindTag } from './unit-kind-tag';
import { useUnits } from './use-units';

/** 组织机构 — the organisation tree and the enterprises in scope; a unit's details and members beside it. */
export function UnitsTab() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { units, byId, error, isLoading, reload } = useUnits();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const [expanded, setExpanded] = useState<React.Key[]>();
  const roots = useMemo(() => buildUnitTree(units), [units]);
  const matches = useMemo(() => matchUnitTree(roots, query), [roots, query]);
  const isFiltering = query.trim() !== '';

  if (error) return <ApiErrorResult error={error} onRetry={reload} />;
  if (isLoading && units.length === 0) return <Skeleton active paragraph={{ rows: 10 }} />;

  const toData = (nodes: UnitNode[]): TreeDataNode[] =>
    nodes
      .filter((node) => !isFiltering || matches.has(node.key))
      .map((node) => ({
        key: node.key,
        selectable: node.unit !== undefined,
        title: node.unit ? (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            {name(node.unit)}
            <UnitKindTag kind={node.unit.kind} />
          </span>
        ) : (
          <Typography.Text strong>{groupTitle(node)}</Typography.Text>
        ),
        children: toData(node.children),
      }));

  const groupTitle = (node: UnitNode): string => {
    if (node.group?.kind === 'enterprises') return t('accounts.units.enterprises', { count: node.group.count });
    const body = node.group?.bodyId ? byId.get(node.group.bodyId) : undefined;
    return t('accounts.units.enterprisesIn', { area: body ? name(body) : t('accounts.units.noArea'), count: node.group?.count ?? 0 });
  };

  // Until the user opens or closes a branch: the top two levels and the enterprise branch are open.
  const defaultExpanded = [...roots.map((node) => node.key), ...roots.flatMap((node) => node.children.map((child) => child.key)), ENTERPRISES_KEY];
  const selected = selectedId ? byId.get(selectedId) : undefined;

  return (
    <Row gutter={16} data-testid="units">
      <Col xs={24} lg={11}>
        <Card
          title={t('accounts.units.tree', { count: units.length })}
          extra={<Input.Search allowClear placeholder={t('accounts.units.search')} onChange={(event) => setQuery(event.target.value)} style={{ width: 220 }} />}
          styles={{ body: { maxHeight: 640, overflow: 'auto' } }}
        >
          {isFiltering && matches.size === 0 ? (
            <Empty description={t('accounts.units.noMatch')} />
          ) : (
            <Tree
              blockNode
              showLine
              treeData={toData(roots)}
              expandedKeys={isFiltering ? [...matches] : (expanded ?? defaultExpanded)}
              onExpand={(keys) => setExpanded(keys)}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => setSelectedId(keys[0] as string | undefined)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={13}>
        {selected ? (
          <UnitDetail unit={selected} byId={byId} />
        ) : (
          <Card>
            <Empty description={t('accounts.units.pick')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
