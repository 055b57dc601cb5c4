import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import {
  CASE_TYPES,
  fetchCaseRoute,
  resolvePoint,
  type CaseRoute,
  type CaseType,
  type Crs,
  type PointResolution,
} from './territory-api';

/** 点位查询 — a point to resolve, in the coordinate system it was given in. */
export interface PointQuery {
  lon: number;
  lat: number;
  crs: Crs;
}

/** The answer for one point: where it lies, then the route of each case type from there. */
export interface PointAnswer {
  resolution: PointResolution | undefined;
  routes: Partial<Record<CaseType, CaseRoute>>;
  routeError: ApiError | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
}

const idle: PointAnswer = { resolution: undefined, routes: {}, routeError: undefined, error: undefined, isLoading: false };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', String(error), 0);
}

/**
 * Resolves `query`, then asks the route of every case type at the resolved WGS-84 point (the route endpoint
 * takes WGS-84 only). A newer query cancels the one in flight; the language change asks again, as the server
 * words routes and errors in it.
 */
export function usePointAnswer(query: PointQuery | null): PointAnswer {
  const { i18n } = useTranslation();
  const [answer, setAnswer] = useState<PointAnswer>(idle);

  useEffect(() => {
    if (!query) {
      setAnswer(idle);
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    setAnswer((previous) => ({ ...previous, isLoading: true, error: undefined }));
    resolvePoint(query.lon, query.lat, query.crs, signal).then(
      async (resolution) => {
        setAnswer({ resolution, routes: {}, routeError: undefined, error: undefined, isLoading: !!resolution.inZone });
        if (!resolution.inZone) return;
        const { lon, lat } = resolution.wgs84;
        const settled = await Promise.allSettled(CASE_TYPES.map((caseType) => fetchCaseRoute(caseType, lon, lat, signal)));
        if (signal.aborted) return;
        const routes: Partial<Record<CaseType, CaseRoute>> = {};
        let routeError: ApiError | undefined;
        settled.forEach((result, i) => {
          if (result.status === 'fulfilled') routes[CASE_TYPES[i]!] = result.value;
          else routeError ??= toApiError(result.reason);
        });
        setAnswer({ resolution, routes, routeError, error: undefined, isLoading: false });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        setAnswer({ ...idle, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [query, i18n.resolvedLanguage]);

  return answer;
}
