import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title block at the top of a page: title, optional tags beside it, a one-paragraph description. */
export function PageHeader({ title, tags, description }: { title: ReactNode; tags?: ReactNode; description?: ReactNode }) {
  return (
    <header style={{ marginBottom: 20 }}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
          {title}
        </Typography.Title>
        {tags}
      </Flex>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', maxWidth: 920 }}>
          {description}
        </Typography.Paragraph>
      )}
    </header>
  );
}
