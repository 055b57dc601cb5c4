import { Input, Segmented, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { floatingPanelStyle } from './floating-panel';
import { parseSearchInput, type SearchInput } from './parse-search-input';
import { CRS_CODES, CRS_OPTIONS, type Crs } from './territory-api';


/**
 * 地址/坐标查询 — one box for both: an address goes to the address resolver, a "lon, lat" pair to the point
 * resolver in the coordinate system chosen below it (Chinese web maps give GCJ-02 or BD-09).
 */
export function SearchBar({
  isSearching,
  onSearch,
}: {
  isSearching: boolean;
  onSearch: (input: Exclude<SearchInput, { kind: 'empty' }>, crs: Crs) => void;
}) {
  const { t } = useTranslation();
  const [crs, setCrs] = useState<Crs>('wgs84');
  return (
    <div style={{ ...floatingPanelStyle, padding: 8, width: 420, maxWidth: 'calc(100vw - 48px)' }} data-testid="territory-search">
      <Input.Search
        allowClear
        placeholder={t('territory.search.placeholder')}
        enterButton={t('territory.search.button')}
        loading={isSearching}
        aria-label={t('territory.search.placeholder')}
        onSearch={(value) => {
          const input = parseSearchInput(value);
          if (input.kind !== 'empty') onSearch(input, crs);
        }}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('territory.search.crsLabel')}
        </Typography.Text>
        <Segmented<Crs>
          size="small"
          value={crs}
          onChange={setCrs}
          aria-label={t('territory.search.crsLabel')}
          data-testid="territory-search-crs"
          options={CRS_OPTIONS.map((value) => ({
            value,
            label: <Tooltip title={t(`territory.crs.${value}`)}>{CRS_CODES[value]}</Tooltip>,
          }))}
        />
      </div>
    </div>
  );
}
