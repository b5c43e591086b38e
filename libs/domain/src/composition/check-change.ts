import type { IsoDate } from '../dates/iso-date';
import type { RuleSet } from '../rules/rule-types';
import type { CheckResult, Composition } from './composition-types';
import { evaluateComposition } from './evaluate-composition';

export interface ChangeViolation {
  readonly change: 'introduced' | 'worsened';
  readonly result: CheckResult;
  readonly before?: CheckResult;
}

export interface ChangeCheck {
  readonly allowed: boolean;
  readonly violations: readonly ChangeViolation[];
}

/**
 * The hard-rule failures an appointment, category change or chair election would introduce or
 * make worse. A council that already breaks a rule may still make changes that bring it closer to
 * compliance, so failures that were already there and did not grow (more seats to change, or a
 * share further from its limit) are not held against the change.
 * Meant for sitting councils; a composition being formed is judged as a whole by evaluateComposition.
 */
export function checkChange(before: Composition, after: Composition, ruleSet: RuleSet, date: IsoDate): ChangeCheck {
  const previous = new Map(evaluateComposition(before, ruleSet, date).map((r) => [r.code, r]));
  const violations: ChangeViolation[] = [];
  for (const r of evaluateComposition(after, ruleSet, date)) {
    if (r.severity !== 'hard' || r.status !== 'fail') continue;
    const b = previous.get(r.code);
    if (b === undefined || b.status !== 'fail') {
      violations.push({ change: 'introduced', result: r, ...(b === undefined ? {} : { before: b }) });
    } else if (r.shortfall > b.shortfall || shareMovedAway(r, b)) {
      violations.push({ change: 'worsened', result: r, before: b });
    }
  }
  return { allowed: violations.length === 0, violations };
}

/**
 * A failing share can get worse without needing more seats changed: 5 civil-society members of 8
 * and 5 of 9 both lack one, yet adding the ninth, state-linked member moved the council further
 * from the law. Compares the shares exactly (a/b against c/d by cross-multiplication).
 */
function shareMovedAway(after: CheckResult, before: CheckResult): boolean {
  if (after.kind !== 'share' || before.kind !== 'share') return false;
  const { count: ac, total: at, limit: al } = after.figures;
  const { count: bc, total: bt } = before.figures;
  if (ac === undefined || at === undefined || al === undefined || bc === undefined || bt === undefined || at === 0 || bt === 0)
    return false;
  // Below its limit the rule wants more ("at least"); above it, fewer ("at most").
  return ac < al ? ac * bt < bc * at : ac * bt > bc * at;
}
