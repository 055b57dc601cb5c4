import { LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LegalRefView } from '../policies-api';
import { usePick } from './use-pick';

/**
 * A document title with its article, linked to the document when its address is known. Compact (in tables,
 * where the same document recurs row after row): the article first, the title beneath it on one line.
 */
export function LegalRefText({ legalRef, compact = false }: { legalRef: LegalRefView; compact?: boolean }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const title = pick(legalRef.title);
  const link = (text: string) =>
    legalRef.url ? (
      <Typography.Link href={legalRef.url} target="_blank" rel="noreferrer" title={t('policies.detail.openDocument')}>
        {text} <LinkOutlined />
      </Typography.Link>
    ) : (
      text
    );
  if (compact) {
    return (
      <div style={{ minWidth: 0 }}>
        <div>{link(legalRef.article ?? title)}</div>
        {legalRef.article && (
          <Typography.Text type="secondary" ellipsis={{ tooltip: title }} style={{ fontSize: 12, display: 'block' }}>
            {title}
          </Typography.Text>
        )}
      </div>
    );
  }
  return (
    <span>
      {link(title)}
      {legalRef.article && <Typography.Text type="secondary"> {legalRef.article}</Typography.Text>}
    </span>
  );
}
