import { isAfter, isBefore } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { KNOWN_RULE_KINDS, isKnownRuleCode } from './rule-types';
import type { DeadlineDocumentType, DeadlineRuleValue, KnownRuleCode, KnownRuleValues, Rule, RuleSet, RuleValue } from './rule-types';

function isInForce(from: IsoDate | undefined, to: IsoDate | undefined, onDate: IsoDate | undefined): boolean {
  if (onDate === undefined) return true;
  return (from === undefined || !isBefore(onDate, from)) && (to === undefined || !isAfter(onDate, to));
}

export function isRuleInForce(rule: Rule, onDate: IsoDate): boolean {
  return isInForce(rule.effectiveFrom, rule.effectiveTo, onDate);
}

export function isRuleSetInForce(ruleSet: RuleSet, onDate: IsoDate): boolean {
  return isInForce(ruleSet.effectiveFrom, ruleSet.effectiveTo, onDate);
}

/**
 * A rule of a known code, typed by that code. A rule whose value kind does not match its code is
 * treated as absent (validateRuleSet reports it) rather than being misread.
 */
export function findRule<C extends KnownRuleCode>(
  ruleSet: RuleSet,
  code: C,
  onDate?: IsoDate,
): Rule<KnownRuleValues[C]> | undefined;
export function findRule(ruleSet: RuleSet, code: string, onDate?: IsoDate): Rule | undefined;
export function findRule(ruleSet: RuleSet, code: string, onDate?: IsoDate): Rule | undefined {
  const rule = ruleSet.rules.find((r) => r.code === code && isInForce(r.effectiveFrom, r.effectiveTo, onDate));
  if (rule === undefined) return undefined;
  if (isKnownRuleCode(code) && rule.value.kind !== KNOWN_RULE_KINDS[code]) return undefined;
  return rule;
}

/** Thrown when a computation needs a rule the rule set lacks: a configuration error, not user input. */
export class MissingRuleError extends Error {
  constructor(
    readonly ruleSetId: string,
    readonly code: string,
  ) {
    super(`Rule set ${ruleSetId} has no rule ${code} in force`);
    this.name = 'MissingRuleError';
  }
}

export function requireRule<C extends KnownRuleCode>(
  ruleSet: RuleSet,
  code: C,
  onDate?: IsoDate,
): Rule<KnownRuleValues[C]> {
  const rule = findRule(ruleSet, code, onDate);
  if (rule === undefined) throw new MissingRuleError(ruleSet.id, code);
  return rule;
}

export function rulesOfKind<K extends RuleValue['kind']>(
  ruleSet: RuleSet,
  kind: K,
  onDate?: IsoDate,
): Rule<Extract<RuleValue, { kind: K }>>[] {
  return ruleSet.rules.filter(
    (r): r is Rule<Extract<RuleValue, { kind: K }>> =>
      r.value.kind === kind && isInForce(r.effectiveFrom, r.effectiveTo, onDate),
  );
}

export function findDeadlineRule(
  ruleSet: RuleSet,
  documentType: DeadlineDocumentType,
  onDate?: IsoDate,
): Rule<DeadlineRuleValue> | undefined {
  return rulesOfKind(ruleSet, 'deadline', onDate).find((r) => r.value.documentType === documentType);
}

/** The version in force on a date among several versions of a jurisdiction's rules. */
export function selectRuleSet(
  candidates: readonly RuleSet[],
  jurisdiction: string,
  onDate: IsoDate,
): RuleSet | undefined {
  return candidates
    .filter((rs) => rs.jurisdiction === jurisdiction && isRuleSetInForce(rs, onDate))
    .reduce<RuleSet | undefined>((best, rs) => (best === undefined || rs.version > best.version ? rs : best), undefined);
}
