/**
 * 评分 — an expert's scores against the unified rubric and the weighted totals: each expert's total is
 * Σ weight × (score − min) / (max − min), out of 100 since the weights sum to 100; the panel's total is the mean
 * of its experts' totals. Rounded to two decimals for display and the record.
 */
import type { ExpertPanel, ExpertSeat, RubricSpec } from './case-state';

/** Problems with a score sheet, each naming the criterion. */
export function checkScores(rubric: RubricSpec, scores: Record<string, number>): string[] {
  const known = new Set(rubric.criteria.map((c) => c.id));
  const problems = Object.keys(scores).filter((id) => !known.has(id)).map((id) => `scores.${id}: not a criterion of the rubric`);
  for (const { id } of rubric.criteria) {
    const score = scores[id];
    if (score === undefined) problems.push(`scores.${id}: missing`);
    else if (score < rubric.scale.min || score > rubric.scale.max) problems.push(`scores.${id}: must be between ${rubric.scale.min} and ${rubric.scale.max}`);
  }
  return problems;
}

export function weightedTotal(rubric: RubricSpec, scores: Record<string, number>): number {
  const span = rubric.scale.max - rubric.scale.min;
  const total = rubric.criteria.reduce((sum, c) => sum + (c.weight * ((scores[c.id] ?? rubric.scale.min) - rubric.scale.min)) / span, 0);
  return round2(total);
}

/** Seats that count: everyone but the recused. */
function listActiveSeats(panel: ExpertPanel): ExpertSeat[] {
  return panel.seats.filter((s) => s.status !== 'recused');
}

/** The panel's total once the required number of active seats have all scored; null until then. */
export function panelTotal(panel: ExpertPanel): number | null {
  const active = listActiveSeats(panel);
  if (active.length < panel.required || active.some((s) => s.status !== 'scored')) return null;
  return round2(active.reduce((sum, s) => sum + (s.total ?? 0), 0) / active.length);
}

function round2(value: number): number {
  return Math.round(value * 100 + Number.EPSILON) / 100;
}
