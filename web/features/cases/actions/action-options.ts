import type { Rubric } from '../../../../core/rules';

/** 可选项 — one choice of a select in an action's form. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * What an action's form may offer to choose from, gathered from the case and the zone: units (transfer, copy,
 * add-signer), experts (assign, replace), stages (return, reopen), the recused experts and the open objections,
 * the subjects a correction item can name (the policy's materials and form fields), and the rubric to score.
 */
export interface ActionOptions {
  units: Choice[];
  experts: Choice[];
  stages: Choice[];
  recusedExperts: Choice[];
  objections: Choice[];
  subjects: Choice[];
  rules: Choice[];
  rubric: Rubric | null;
}
