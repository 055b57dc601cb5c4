import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../app/api';
import { useAction } from '../../app/use-action';

/**
 * Excel 导出 — downloads an .xlsx the API writes, with the session's cookie; a refusal shows the server's message
 * instead of a JSON page saved as a workbook.
 */
export function ExportButton({ path, fileName, testId }: { path: string; fileName: string; testId?: string }) {
  const { t } = useTranslation();
  const { run, pending } = useAction();
  return (
    <Button icon={<FileExcelOutlined />} loading={pending === 'export'} onClick={() => void run('export', () => downloadFile(path, fileName))} data-testid={testId}>
      {t('registry.exportExcel')}
    </Button>
  );
}
