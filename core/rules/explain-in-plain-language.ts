/**
 * 通俗解释 — "why / why not" for an enterprise, from a trace: the conclusion, then only the requirements that
 * decided it (the unmet ones when not eligible, the undecided ones when undetermined, all of them when eligible),
 * then how the amount was computed. Reads the trace alone, so it works on a stored trace too.
 */
import type { RuleLocale } from './text';
import type { TraceEntry } from './trace';

interface Node {
  entry: TraceEntry;
  children: Node[];
}

const AMOUNT_KINDS = new Set(['value', 'share', 'bands', 'cap']);

/** Rebuilds the tree from the entries' depths (parents come before their children). */
function buildTree(entries: readonly TraceEntry[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const entry of entries) {
    const node = { entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.depth >= entry.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The leaves that made `node` come out as it did. */
function decisiveLeaves(node: Node, outcome: boolean | null): TraceEntry[] {
  const { kind } = node.entry;
  if (node.children.length === 0) return [node.entry];
  if (kind === 'not') return node.children.flatMap((child) => decisiveLeaves(child, outcome === null ? null : !outcome));
  if (kind === 'use') return node.children.flatMap((child) => decisiveLeaves(child, outcome));
  const deciding = kind === 'any'; // any: one true decides; all: one false decides
  const relevant =
    outcome === deciding || outcome === null ? node.children.filter((child) => child.entry.outcome === outcome) : node.children;
  return relevant.flatMap((child) => decisiveLeaves(child, child.entry.outcome));
}

export const PLAIN_PREFIX: Record<RuleLocale, Record<'true' | 'false' | 'null', string>> = {
  'zh-CN': { true: '符合：', false: '不符合：', null: '待确认：' },
  en: { true: 'Met: ', false: 'Not met: ', null: 'To be confirmed: ' },
};

/** The requirements that decided the eligibility outcome of a traced evaluation. */
export function listDecisiveSteps(trace: readonly TraceEntry[]): TraceEntry[] {
  const eligibility = buildTree(trace).find((node) => node.entry.path.endsWith('.eligibility'));
  return eligibility ? decisiveLeaves(eligibility, eligibility.entry.outcome) : [];
}

/**
 * The requirements met, wherever they sit in the eligibility tree: leaves whose outcome is true (a leaf under `not`
 * is left out: its sentence states the opposite of the requirement).
 */
export function listMetSteps(trace: readonly TraceEntry[]): TraceEntry[] {
  const eligibility = buildTree(trace).find((node) => node.entry.path.endsWith('.eligibility'));
  const met: TraceEntry[] = [];
  const walk = (node: Node) => {
    if (node.entry.kind === 'not') return;
    if (node.children.length === 0) {
      if (node.entry.outcome === true) met.push(node.entry);
    } else for (const child of node.children) walk(child);
  };
  if (eligibility) walk(eligibility);
  return met;
}

export function explainInPlainLanguage(trace: readonly TraceEntry[], locale: RuleLocale): string[] {
  const text = (entry: TraceEntry) => (locale === 'zh-CN' ? entry.description.zh : entry.description.en);
  const result = trace.find((entry) => entry.kind === 'result' && entry.depth === 0);
  const out: string[] = [];
  if (result) out.push(text(result));
  for (const leaf of listDecisiveSteps(trace)) {
    const sentence = leaf.plain ? (locale === 'zh-CN' ? leaf.plain.zh : leaf.plain.en) : text(leaf);
    out.push(`${PLAIN_PREFIX[locale][String(leaf.outcome) as 'true']}${sentence}`);
  }
  const amountSteps = trace.filter((entry) => AMOUNT_KINDS.has(entry.kind) && entry.outcome !== null);
  for (const step of amountSteps) out.push(`${locale === 'zh-CN' ? '金额：' : 'Amount: '}${text(step)}`);
  return out;
}
