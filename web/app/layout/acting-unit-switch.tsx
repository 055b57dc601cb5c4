import { ApartmentOutlined } from '@ant-design/icons';
import { App, Select, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useAuth } from '../auth/auth-context';
import { useLocalized } from '../localized';

/**
 * 当前单位 — the unit the user acts for, and a switch to another of their units. Every action is recorded with it,
 * and the permissions (and so the menu and the data shown) follow it.
 */
export function ActingUnitSwitch() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { message } = App.useApp();
  const { me, switchActingUnit } = useAuth();
  const [isSwitching, setSwitching] = useState(false);
  if (!me) return null;

  const current = me.actingUnit;
  if (me.units.length <= 1) {
    return (
      <Tooltip title={t('auth.actingUnitHint')}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, lineHeight: 1.4 }} data-testid="acting-unit">
          <ApartmentOutlined style={{ color: 'rgba(0,0,0,0.45)' }} aria-hidden />
          <Typography.Text type="secondary" style={{ maxWidth: 260, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {current ? name(current) : t('auth.noActingUnit')}
          </Typography.Text>
        </span>
      </Tooltip>
    );
  }

  const choose = async (unitId: string) => {
    setSwitching(true);
    try {
      await switchActingUnit(unitId);
      const unit = me.units.find((u) => u.id === unitId);
      void message.success(t('auth.switchedUnit', { unit: unit ? name(unit) : unitId }));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, lineHeight: 1.4 }} data-testid="acting-unit">
      <ApartmentOutlined style={{ color: 'rgba(0,0,0,0.45)' }} aria-hidden />
      <Select
        size="small"
        variant="borderless"
        aria-label={t('auth.actingUnit')}
        value={current?.id}
        loading={isSwitching}
        disabled={isSwitching}
        popupMatchSelectWidth={false}
        style={{ minWidth: 160, maxWidth: 280 }}
        options={me.units.map((unit) => ({ value: unit.id, label: name(unit) }))}
        onChange={(unitId: string) => void choose(unitId)}
      />
    </span>
  );
}
