import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { Permission } from '../../app/permissions';
import { useApi } from '../../app/use-api';
import type { ZoneSummary } from '../home/zone-summary';
import type { RegistrySource } from './registry-api';

type Town = ZoneSummary['towns'][number];
type Body = ZoneSummary['bodies'][number];

/**
 * 企业清单公共数据 — what every tab of the registry needs: the zone's towns and bodies (filters, names, manual
 * location), the sources (names of provenance, the import form) and the page-level actions the acting unit may take.
 * Loaded once for the page, not once per tab.
 */
export interface RegistryReference {
  towns: readonly Town[];
  bodies: readonly Body[];
  sources: readonly RegistrySource[];
  reloadSources: () => void;
  canImport: boolean;
  canReview: boolean;
}

const RegistryContext = createContext<RegistryReference | null>(null);

export function RegistryReferenceProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const zone = useApi<ZoneSummary>('/api/zone/summary');
  const sources = useApi<{ items: RegistrySource[] }>('/api/registry/sources');
  const canImport = hasAnyPermission(me, [Permission.RegistryImport]);
  const canReview = hasAnyPermission(me, [Permission.RegistryReview]);
  const value = useMemo(
    (): RegistryReference => ({
      towns: zone.data?.towns ?? [],
      bodies: zone.data?.bodies ?? [],
      sources: sources.data?.items ?? [],
      reloadSources: sources.reload,
      canImport,
      canReview,
    }),
    [zone.data, sources.data, sources.reload, canImport, canReview],
  );
  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>;
}

export function useRegistryReference(): RegistryReference {
  const value = useContext(RegistryContext);
  if (!value) throw new Error('useRegistryReference is used outside <RegistryReferenceProvider>');
  return value;
}
