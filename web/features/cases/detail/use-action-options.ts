import type { PolicyDetail } from '../../policies/policies-api';
import { usePick } from '../../policies/shared/use-pick';
import type { ActionOptions } from '../actions/action-options';
import type { CaseDetail, ExpertUser } from '../cases-api';
import type { TimelineVocabulary } from './timeline-view';
import type { UnitOption } from '../shared/use-unit-names';

/** The choices of a case's action forms, from the case, its policy, the zone's units and the experts. */
export function useActionOptions(
  detail: CaseDetail | undefined,
  policy: PolicyDetail | undefined,
  units: readonly UnitOption[],
  experts: readonly ExpertUser[],
  words: TimelineVocabulary,
): ActionOptions {
  const { pick } = usePick();
  const state = detail?.state;
  const seats = state?.experts?.seats ?? [];
  const seated = new Set(seats.map((seat) => seat.userId));
  const byId = new Map(experts.map((expert) => [expert.id, `${expert.displayName}（${expert.username}）`]));
  const expertLabel = (id: string) => byId.get(id) ?? words.user(id);
  return {
    units: units.map((unit) => ({ value: unit.id, label: words.unit(unit.id) })),
    experts: experts.filter((expert) => !seated.has(expert.id)).map((expert) => ({ value: expert.id, label: expertLabel(expert.id) })),
    stages: (detail?.returnTargets ?? []).map((id) => ({ value: id, label: words.stage(id) })),
    recusedExperts: seats.filter((seat) => seat.status === 'recused' && !seat.replacedBy).map((seat) => ({ value: seat.userId, label: expertLabel(seat.userId) })),
    objections: (state?.notice?.objections ?? []).filter((o) => o.status === 'open').map((o) => ({ value: o.id, label: o.text })),
    subjects: [
      ...(policy?.materials ?? []).map((m) => ({ value: pick(m.name), label: pick(m.name) })),
      ...(policy?.form ?? []).map((f) => ({ value: pick(f.label), label: pick(f.label) })),
    ],
    rules: (detail?.eligibility.trace ?? [])
      .filter((entry) => entry.id && entry.outcome === false)
      .map((entry) => ({ value: entry.id!, label: entry.label ? pick(entry.label) : entry.id! })),
    rubric: policy?.rubric ?? null,
  };
}
