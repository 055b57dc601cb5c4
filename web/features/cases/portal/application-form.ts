/**
 * 申请表字段 — which questions of the policy's form the applicant must answer before submitting. The platform
 * supplies some facts itself: the area the enterprise lies in comes from its location in the enterprise list
 * (server: withLocationFacts), so that question stays optional here and is asked only when the server cannot place
 * the enterprise (it then names the field).
 */
import type { FormField } from '../../policies/policies-api';

export const PLATFORM_FACTS: ReadonlySet<string> = new Set(['location.area']);

export function isAnswerRequired(field: Pick<FormField, 'name' | 'required'>): boolean {
  return field.required && !PLATFORM_FACTS.has(field.name);
}
