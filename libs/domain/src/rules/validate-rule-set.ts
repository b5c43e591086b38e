import { isValidFraction } from '../common/fraction';
import type { Fraction } from '../common/fraction';
import { isAfter, isIsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { KNOWN_RULE_KINDS, isKnownRuleCode } from './rule-types';
import type { KnownRuleCode, Rule, RuleSet } from './rule-types';

export type RuleSetProblemKind =
  | 'duplicateCode'
  | 'kindMismatch'
  | 'invalidFraction'
  | 'sizeMinAboveMax'
  | 'invalidSize'
  | 'invalidAmount'
  | 'invalidDate'
  | 'invalidPeriod'
  | 'qualifiedNotAboveHalf'
  | 'missingRequired';

export interface RuleSetProblem {
  readonly problem: RuleSetProblemKind;
  readonly ruleCode?: string;
  readonly field?: string;
  readonly message: MessageRef;
}

/** Rules without which meetings cannot be run; other rules are checked only when present. */
export const REQUIRED_RULE_CODES: readonly KnownRuleCode[] = ['meetings.quorum', 'meetings.majority'];

function problem(kind: RuleSetProblemKind, ruleCode?: string, field?: string): RuleSetProblem {
  const params = {
    problem: kind,
    ...(ruleCode === undefined ? {} : { ruleCode }),
    ...(field === undefined ? {} : { field }),
  };
  return { ...params, message: msg('ruleSet.problem', params) };
}

const isPositiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;
const isNonNegativeInteger = (n: number): boolean => Number.isInteger(n) && n >= 0;

function checkPeriod(from: string | undefined, to: string | undefined, ruleCode?: string): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  if (from !== undefined && !isIsoDate(from)) problems.push(problem('invalidDate', ruleCode, 'effectiveFrom'));
  if (to !== undefined && !isIsoDate(to)) problems.push(problem('invalidDate', ruleCode, 'effectiveTo'));
  if (from !== undefined && to !== undefined && isIsoDate(from) && isIsoDate(to) && isAfter(from, to)) {
    problems.push(problem('invalidPeriod', ruleCode, 'effectiveTo'));
  }
  return problems;
}

function checkFraction(f: Fraction, code: string, field: string): RuleSetProblem[] {
  return isValidFraction(f) ? [] : [problem('invalidFraction', code, field)];
}

function checkRuleValue(rule: Rule): RuleSetProblem[] {
  const v = rule.value;
  const code = rule.code;
  const amount = (n: number, field: string, allowZero = false): RuleSetProblem[] =>
    (allowZero ? isNonNegativeInteger(n) : isPositiveInteger(n)) ? [] : [problem('invalidAmount', code, field)];
  switch (v.kind) {
    case 'share':
    case 'demographicTarget':
      return checkFraction(v, code, 'value');
    case 'quorum':
      return v.numerator === 0 ? [problem('invalidFraction', code, 'value')] : checkFraction(v, code, 'value');
    case 'sizeRange': {
      const problems: RuleSetProblem[] = [];
      for (const [level, range] of Object.entries(v.byLevel)) {
        if (range === undefined) continue;
        if (!isPositiveInteger(range.min) || !isPositiveInteger(range.max)) {
          problems.push(problem('invalidSize', code, `byLevel.${level}`));
        } else if (range.min > range.max) {
          problems.push(problem('sizeMinAboveMax', code, `byLevel.${level}`));
        }
      }
      return problems;
    }
    case 'maxPerOrganisation':
    case 'maxCouncilsPerPerson':
    case 'consecutiveTerms':
      return amount(v.max, 'max');
    case 'termLength':
      return amount(v.years, 'years');
    case 'renewalLead':
      return amount(v.months, 'months', true);
    case 'majority':
      if (v.type !== 'qualified') return [];
      if (!isValidFraction(v.fraction)) return [problem('invalidFraction', code, 'fraction')];
      // A "qualified" majority at or below one half would let a minority decide.
      return 2 * v.fraction.numerator <= v.fraction.denominator ? [problem('qualifiedNotAboveHalf', code, 'fraction')] : [];
    case 'deadline':
      return [
        ...amount(v.amount, 'amount'),
        ...(v.maxExtensionWorkingDays === undefined ? [] : amount(v.maxExtensionWorkingDays, 'maxExtensionWorkingDays', true)),
      ];
    case 'frequency':
      return amount(v.min, 'min');
    case 'noticePeriod':
      return amount(v.amount, 'amount', true);
    case 'escalationLadder':
      return v.steps.length === 0
        ? [problem('invalidAmount', code, 'steps')]
        : v.steps.flatMap((st, i) =>
            Number.isInteger(st.offsetWorkingDays) && Math.abs(st.offsetWorkingDays) <= 60 ? [] : [problem('invalidAmount', code, `steps.${i}.offsetWorkingDays`)],
          );
    case 'clockStart':
      return v.on === 'adoption' || v.on === 'minutesPublication' ? [] : [problem('invalidAmount', code, 'on')];
    case 'minutesApproval':
      return v.by === 'chair' || v.by === 'vote' ? [] : [problem('invalidAmount', code, 'by')];
    case 'absenceLimit':
      return amount(v.maxUnexcusedPerYear, 'maxUnexcusedPerYear', true);
    case 'chairNotCivilServant':
      return [];
    case 'candidateEligibility':
      return v.criterion === 'minimumAge' ? amount(v.years, 'years') : [];
  }
}

/** Everything wrong with a rule set, so that the authorized body can fix it before it is used. */
export function validateRuleSet(
  ruleSet: RuleSet,
  required: readonly KnownRuleCode[] = REQUIRED_RULE_CODES,
): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [...checkPeriod(ruleSet.effectiveFrom, ruleSet.effectiveTo)];
  const seen = new Set<string>();
  for (const rule of ruleSet.rules) {
    // Versions of one rule may follow each other within a set; only one undated copy is ambiguous.
    const key = `${rule.code}@${rule.effectiveFrom ?? ''}`;
    if (seen.has(key)) problems.push(problem('duplicateCode', rule.code, 'code'));
    seen.add(key);
    if (isKnownRuleCode(rule.code) && KNOWN_RULE_KINDS[rule.code] !== rule.value.kind) {
      problems.push(problem('kindMismatch', rule.code, 'value.kind'));
      continue;
    }
    problems.push(...checkPeriod(rule.effectiveFrom, rule.effectiveTo, rule.code), ...checkRuleValue(rule));
  }
  for (const code of required) {
    if (!ruleSet.rules.some((r) => r.code === code && r.value.kind === KNOWN_RULE_KINDS[code])) {
      problems.push(problem('missingRequired', code, 'rules'));
    }
  }
  return problems;
}
