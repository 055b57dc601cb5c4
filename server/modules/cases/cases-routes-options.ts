import type pg from 'pg';
import type { WorkCalendar } from '../../../core/calendar';
import type { JobRunner } from '../../platform/jobs';
import type { PolicyCatalogueState } from '../policies';
import type { TerritoryState } from '../territory';
import type { WorkflowCatalogue } from './workflow-catalogue';

export interface CasesRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
  /** The clock of actions and deadlines (the auth settings' clock, which tests move). */
  now?: () => Date;
  /** The platform's job runner: the deadline job (reminders, escalations) is scheduled on it when given. */
  jobs?: JobRunner;
}

/** What the module's use cases share once the module has started. */
export interface CasesContext extends Omit<CasesRoutesOptions, 'now' | 'jobs'> {
  workflows: WorkflowCatalogue;
  calendar: WorkCalendar;
  policies: PolicyCatalogueState;
  territory: TerritoryState;
  /** The moment of an action; the clock tests move. */
  now: () => Date;
  /** Reads the zone's calendar overrides again if they may have changed (at once when forced); `calendar` follows. */
  refreshCalendar(options?: { force?: boolean }): Promise<void>;
}
