/** 编译环境 — what compiling one policy version needs besides the rule tree. */
import { quiet, type CompileEnv } from './compile-expression';
import { toJsonValue } from './format-value';
import { readFact } from './read-fact';
import type { LegalDocument, SharedCondition } from './policy-types';
import type { LegalRef } from './rule-ast';
import type { EvalContext, LegalRefView, ParameterUse } from './trace';

export interface VersionEnv extends CompileEnv {
  conditions: Readonly<Record<string, SharedCondition>>;
  documents: Readonly<Record<string, LegalDocument>>;
  /** Every parameter in scope as a trace shows it. */
  parameterUses: Readonly<Record<string, ParameterUse>>;
  /** Compile closures that write the trace (slower), or the bare ones. */
  traced: boolean;
}

/** Where a node sits: a path prefix for shared conditions, and the legal reference it inherits. */
export interface NodeScope {
  pathPrefix: string;
  legalRef: LegalRef | undefined;
}

export function viewLegalRef(ref: LegalRef | undefined, documents: Readonly<Record<string, LegalDocument>>): LegalRefView | null {
  if (!ref) return null;
  const doc = documents[ref.document];
  return {
    document: ref.document,
    article: ref.article,
    title: doc?.title ?? { zh: ref.document, en: ref.document },
    verified: doc?.verified ?? false,
  };
}

export function pickParameterUses(names: Iterable<string>, env: VersionEnv): Record<string, ParameterUse> {
  const out: Record<string, ParameterUse> = {};
  for (const name of names) {
    const use = env.parameterUses[name];
    if (use) out[name] = use;
  }
  return out;
}

/**
 * The facts a step read, as given (null when absent). A derived fact that was not given shows its computed value,
 * and its base fact is listed beside it.
 */
export function makeFactsReader(names: Iterable<string>, env: VersionEnv): (ctx: EvalContext) => Record<string, unknown> {
  const all = new Set<string>();
  const derived = new Map<string, ReturnType<typeof readFact>>();
  for (const name of names) {
    all.add(name);
    const fact = env.facts[name];
    if (fact?.derivedFrom) {
      all.add(fact.derivedFrom);
      derived.set(name, readFact(fact, env.facts));
    }
  }
  const list = [...all];
  return (ctx) => {
    const out: Record<string, unknown> = {};
    for (const name of list) {
      const raw = ctx.facts[name];
      if (raw !== undefined && raw !== null) out[name] = raw;
      else {
        const value = derived.get(name)?.(quiet(ctx));
        out[name] = value === undefined ? null : toJsonValue(value, env.facts[name]!.type);
      }
    }
    return out;
  };
}
