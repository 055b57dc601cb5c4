import type { ZoneSummary } from '../../../core/zone';

// The response shape is defined once, in core (the server validates its answer against the same schema).
export type { UnitKind, UnitRef, ZoneSummary } from '../../../core/zone';

/** 管理主体 — a body as the home page lists it. */
export type BodySummary = ZoneSummary['bodies'][number];

/** 街镇 — a town with its 9-digit statistical code. */
export type TownSummary = ZoneSummary['towns'][number];

/** 责任分工 — one matter of the plan's safeguard measures, its lead and supporting units. */
export type Responsibility = ZoneSummary['responsibilities'][number];

export type CountKey = keyof ZoneSummary['counts'];
