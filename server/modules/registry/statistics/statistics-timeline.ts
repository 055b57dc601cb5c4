import type pg from 'pg';
import type { AuthContext } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import { statisticsWhere } from './statistics-where';
import type { StatisticsFilter, Timeline } from './statistics.schema';

/** Years shown when the caller names none: the last twenty, to this year. */
const DEFAULT_SPAN = 20;

/**
 * 时间趋势 — per year from `from` to `to`: enterprises founded, entering the zone, leaving it, and active at the year's
 * end (entered or founded by then and not yet left, counting every earlier year too), within the filters and the
 * caller's read scope; read from the yearly counts the database keeps in step with the enterprises.
 */
export async function statisticsTimeline(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  query: StatisticsFilter & { from?: number; to?: number },
  now: Date = new Date(),
): Promise<Timeline> {
  const to = query.to ?? (query.from !== undefined ? query.from + DEFAULT_SPAN - 1 : shanghaiYear(now));
  const from = query.from ?? to - DEFAULT_SPAN + 1;
  const params: unknown[] = [];
  const where = statisticsWhere(zoneId, auth.filterFor(RegistryPermission.Read), query, params);
  const { rows } = await pool.query<Timeline['rows'][number]>(
    `with years as (
       select c.year, sum(c.founded) as founded, sum(c.entered) as entered, sum(c.left_zone) as left_zone,
              sum(c.started) - sum(c.ended) as net
         from registry_statistics_years c
        where ${where}
        group by c.year
     )
     select g.year, coalesce(y.founded, 0)::int as founded, coalesce(y.entered, 0)::int as entered,
            coalesce(y.left_zone, 0)::int as "left",
            (select coalesce(sum(earlier.net), 0) from years earlier where earlier.year <= g.year)::int as active
       from generate_series($${params.push(from)}::int, $${params.push(to)}::int) as g (year)
       left join years y on y.year = g.year
      order by g.year`,
    params,
  );
  return { rows };
}

function shanghaiYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}
