import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import type { CaseSummary } from '../cases-api';
import { CaseStatusTag } from './case-status-tag';
import { DueDateTag } from './deadline-tag';

/** 办件列表 — number (links to the case), policy, applicant, stage or outcome, deadline colour, submission time. */
export function CasesTable({
  items,
  total,
  page,
  pageSize,
  isLoading,
  onPage,
  showApplicant = true,
  rowSelection,
}: {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPage: (page: number, pageSize: number) => void;
  showApplicant?: boolean;
  rowSelection?: TableProps<CaseSummary>['rowSelection'];
}) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      loading={isLoading}
      dataSource={items}
      rowSelection={rowSelection}
      scroll={{ x: 900 }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, onChange: onPage, showTotal: (count) => t('common.total', { count }) }}
      data-testid="cases-table"
      columns={[
        {
          key: 'number',
          title: t('cases.list.number'),
          render: (_, item) => (
            <Link to={`/cases/${item.id}`} data-testid="case-link">
              {item.caseNumber}
            </Link>
          ),
        },
        { key: 'policy', title: t('cases.list.policy'), ellipsis: true, render: (_, item) => name({ name: item.policyName, nameEn: item.policyNameEn }) },
        ...(showApplicant ? [{ key: 'applicant', title: t('cases.list.applicant'), dataIndex: 'applicantName', ellipsis: true }] : []),
        { key: 'stage', title: t('cases.list.stage'), render: (_, item) => <CaseStatusTag item={item} /> },
        { key: 'deadline', title: t('cases.list.deadline'), render: (_, item) => (item.status === 'open' ? <DueDateTag status={item.deadlineStatus} dueDate={item.dueDate} /> : t('common.none')) },
        { key: 'submittedAt', title: t('cases.list.submittedAt'), render: (_, item) => formatDateTime(item.submittedAt) },
      ]}
    />
  );
}
