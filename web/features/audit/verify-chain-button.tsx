import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestJson } from '../../app/api';
import { useAction } from '../../app/use-action';
import type { ChainCheck } from './audit-api';

/** 校验链 — asks the server to walk the hash chain; the verdict goes to `onResult`. */
export function VerifyChainButton({ onResult }: { onResult: (result: ChainCheck) => void }) {
  const { t } = useTranslation();
  const { run, pending } = useAction();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={pending === 'verify'}
      onClick={() => void run('verify', async () => onResult(await requestJson<ChainCheck>('/api/audit/verify')))}
      data-testid="verify-chain"
    >
      {t('audit.verify')}
    </Button>
  );
}

/** The verdict: intact with the number of records checked, or the first broken record, what is wrong and where. */
export function ChainResult({ result, onClose }: { result: ChainCheck; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      style={{ marginBottom: 16 }}
      closable={{ onClose }}
      showIcon
      data-testid="chain-result"
      type={result.problem ? 'error' : 'success'}
      title={
        result.problem
          ? t('audit.chainBroken', { seq: result.problem.seq, kind: t(`audit.problemKinds.${result.problem.kind}`), checked: result.checked })
          : t('audit.chainIntact', { checked: result.checked })
      }
      description={result.problem?.detail}
    />
  );
}
