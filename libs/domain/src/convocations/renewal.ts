import { addMonthsClamped, daysBetween, isBefore, type IsoDate } from '../dates/iso-date';
import type { LegalBasis } from '../common/legal-basis';
import { findRule } from '../rules/find-rule';
import type { RuleSet } from '../rules/rule-types';

export interface RenewalStatus {
  /** The day formation of the next convocation must start (end of term minus the lead). */
  startsOn: IsoDate;
  /** The convocation's last day is the day before `endsOn`. */
  endsOn: IsoDate;
  /** True from `startsOn` until the term ends: the secretary must be reminded. */
  due: boolean;
  /** Days until formation must start (negative once it should have started). */
  daysUntilStart: number;
  basis: LegalBasis;
}

/**
 * When must the next composition start being formed? LAW.md: formation starts two months
 * before the term ends (383-V art. 9 p. 2); the lead comes from the rule set.
 * Returns undefined when the rule set has no renewal rule in force.
 */
export function renewalStatus(ruleSet: RuleSet, convocationEndsOn: IsoDate, today: IsoDate): RenewalStatus | undefined {
  const rule = findRule(ruleSet, 'term.renewalLead', today);
  if (!rule) return undefined;
  const startsOn = addMonthsClamped(convocationEndsOn, -rule.value.months);
  return {
    startsOn,
    endsOn: convocationEndsOn,
    due: !isBefore(today, startsOn) && isBefore(today, convocationEndsOn),
    daysUntilStart: daysBetween(today, startsOn),
    basis: rule.basis,
  };
}
