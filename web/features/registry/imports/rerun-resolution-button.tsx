import { SyncOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import type { ResolutionStats } from '../registry-api';
import { formatCount } from '../registry-format';

/**
 * 重新归并 — runs entity resolution again over every source record and the reviewers' decisions (an import does it by
 * itself at its end; this is for a changed model or template), and reports what came out.
 */
export function RerunResolutionButton() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { run, pending } = useAction();
  return (
    <Popconfirm
      title={t('registry.imports.rerunConfirm')}
      onConfirm={() =>
        void run(
          'resolve',
          () => sendJson<{ stats: ResolutionStats }>('/api/registry/resolution', 'POST'),
          ({ stats }) =>
            t('registry.imports.rerunDone', {
              enterprises: formatCount(stats.enterprises, language),
              records: formatCount(stats.records, language),
              review: formatCount(stats.reviewQueue, language),
              unplaced: formatCount(stats.unplaced, language),
              seconds: (stats.ms / 1000).toFixed(1),
            }),
        )
      }
    >
      <Button icon={<SyncOutlined />} loading={pending === 'resolve'} data-testid="rerun-resolution">
        {t('registry.imports.rerun')}
      </Button>
    </Popconfirm>
  );
}
