import { ceilDiv, maxCountForShare, minCountForShare, percent } from '../common/fraction';
import type { Fraction } from '../common/fraction';
import { ageOn } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { isRuleInForce, rulesOfKind } from '../rules/find-rule';
import { ruleName } from '../rules/rule-name';
import type {
  ChairNotCivilServantRuleValue,
  ConsecutiveTermsRuleValue,
  CouncilLevel,
  DemographicAttribute,
  DemographicTargetRuleValue,
  MaxCouncilsPerPersonRuleValue,
  MaxPerOrganisationRuleValue,
  Rule,
  RuleSet,
  ShareRuleValue,
  ShareSubject,
  SizeRangeRuleValue,
} from '../rules/rule-types';
import type { CheckResult, CheckStatus, Composition, MemberCategory, Membership } from './composition-types';
import { countedMembers, isCivilSociety, isSupervised } from './members';

interface Verdict {
  readonly status: CheckStatus;
  readonly figures: Record<string, number>;
  readonly shortfall: number;
  readonly message: MessageRef;
  readonly remedy?: MessageRef;
  readonly notes?: readonly MessageRef[];
}

function result(rule: Rule, v: Verdict): CheckResult {
  return {
    code: rule.code,
    kind: rule.value.kind,
    status: v.status,
    severity: rule.severity,
    figures: v.figures,
    shortfall: v.shortfall,
    name: ruleName(rule),
    message: v.message,
    basis: rule.basis,
    notes: v.notes ?? [],
    ...(v.remedy === undefined ? {} : { remedy: v.remedy }),
  };
}

/** A broken soft rule is a warning to act on, not a bar. */
function failStatus(rule: Rule): CheckStatus {
  return rule.severity === 'hard' ? 'fail' : 'warning';
}

function meets(count: number, total: number, f: Fraction, comparison: 'atLeast' | 'atMost'): boolean {
  return comparison === 'atLeast'
    ? count * f.denominator >= f.numerator * total
    : count * f.denominator <= f.numerator * total;
}

/**
 * Members to swap (replace) or to add on the side the rule favours so that it passes. Always a
 * minimum: one member fewer would still fail.
 */
export function shareRemedy(
  goodCount: number,
  total: number,
  goodShare: Fraction,
): { readonly replace: number; readonly add: number | undefined } {
  const replace = Math.max(0, minCountForShare(goodShare, total) - goodCount);
  const deficit = goodShare.numerator * total - goodCount * goodShare.denominator;
  const perAdded = goodShare.denominator - goodShare.numerator;
  let add: number | undefined;
  if (deficit <= 0) add = 0;
  else if (perAdded > 0) add = ceilDiv(deficit, perAdded);
  return { replace, add };
}

function sizeMaxFor(ruleSet: RuleSet, level: CouncilLevel, onDate: IsoDate): number | undefined {
  const [size] = rulesOfKind(ruleSet, 'sizeRange', onDate);
  return size?.value.byLevel[level]?.max;
}

function evaluateShare(
  rule: Rule<ShareRuleValue>,
  members: readonly Pick<Membership, 'category'>[],
  sizeMax: number | undefined,
): Verdict {
  const v = rule.value;
  const total = members.length;
  if (total === 0) {
    return { status: 'notApplicable', figures: { total: 0 }, shortfall: 0, message: msg('composition.share.empty', { population: v.population, basis: rule.basis }) };
  }
  const civil = members.filter(isCivilSociety).length;
  const supervised = members.filter(isSupervised).length;
  const state = total - civil;
  const count = v.subject === 'civilSociety' ? civil : state;
  const passes = meets(count, total, v, v.comparison);
  // "At most n/d of one side" is "at least (d-n)/d of the other"; the remedy works on the side to grow.
  const good: ShareSubject =
    v.comparison === 'atLeast' ? v.subject : v.subject === 'civilSociety' ? 'stateLinked' : 'civilSociety';
  const goodShare: Fraction =
    v.comparison === 'atLeast' ? v : { numerator: v.denominator - v.numerator, denominator: v.denominator };
  const goodCount = good === 'civilSociety' ? civil : state;
  const { replace, add } = shareRemedy(goodCount, total, goodShare);
  const limit = v.comparison === 'atLeast' ? minCountForShare(v, total) : maxCountForShare(v, total);
  const figures: Record<string, number> = {
    total,
    civilSociety: civil,
    stateLinked: state,
    supervised,
    count,
    limit,
    percent: percent(count, total),
    replace,
  };
  const addAllowed = add !== undefined && add > 0 && (sizeMax === undefined || total + add <= sizeMax);
  if (addAllowed) figures['add'] = add;

  const notes: MessageRef[] = [];
  let status: CheckStatus = passes ? 'pass' : failStatus(rule);
  if (supervised > 0 && v.population === 'council') {
    notes.push(msg('composition.share.supervisedNote', { supervised, stateLinkedWithSupervised: state + supervised, total }));
    figures['stateLinkedWithSupervised'] = state + supervised;
    figures['percentWithSupervised'] = percent(state + supervised, total);
    // Counting supervised seats as state-linked must flag a pass that hangs on them.
    const strictCount = v.subject === 'civilSociety' ? civil - supervised : state + supervised;
    if (passes && !meets(strictCount, total, v, v.comparison)) status = 'warning';
  }
  const remedy = passes
    ? undefined
    : addAllowed
      ? msg('remedy.share.replaceOrAdd', { good, replace, add })
      : msg('remedy.share.replace', { good, replace });
  return {
    status,
    figures,
    shortfall: passes ? 0 : replace,
    message: msg('composition.share', {
      population: v.population,
      subject: v.subject,
      comparison: v.comparison,
      count,
      total,
      limit,
      numerator: v.numerator,
      denominator: v.denominator,
      basis: rule.basis,
    }),
    notes,
    ...(remedy === undefined ? {} : { remedy }),
  };
}

function evaluateSize(rule: Rule<SizeRangeRuleValue>, level: CouncilLevel, count: number): Verdict {
  const range = rule.value.byLevel[level];
  if (range === undefined) {
    return {
      status: 'notApplicable',
      figures: { count },
      shortfall: 0,
      message: msg('composition.size.notConfigured', { level, count, basis: rule.basis }),
    };
  }
  const message = msg('composition.size', { level, count, min: range.min, max: range.max, basis: rule.basis });
  const figures = { count, min: range.min, max: range.max };
  if (count < range.min) {
    const add = range.min - count;
    return { status: failStatus(rule), figures, shortfall: add, message, remedy: msg('remedy.size.add', { add }) };
  }
  if (count > range.max) {
    const remove = count - range.max;
    return { status: failStatus(rule), figures, shortfall: remove, message, remedy: msg('remedy.size.remove', { remove }) };
  }
  return { status: 'pass', figures, shortfall: 0, message };
}

/** BINs are compared as digits only, so '123 456 789 012' and '123456789012' are one organisation. */
function normaliseBin(bin: string): string {
  return bin.replace(/\D/g, '');
}

function evaluateMaxPerOrganisation(rule: Rule<MaxPerOrganisationRuleValue>, members: readonly Membership[]): Verdict {
  const max = rule.value.max;
  const byBin = new Map<string, number>();
  for (const m of members) {
    if (m.nominatingOrgBin === undefined) continue;
    const bin = normaliseBin(m.nominatingOrgBin);
    if (bin === '') continue;
    byBin.set(bin, (byBin.get(bin) ?? 0) + 1);
  }
  const violations = [...byBin]
    .filter(([, count]) => count > max)
    .map(([bin, count]) => ({ bin, count }))
    .sort((a, b) => (a.bin < b.bin ? -1 : 1));
  const replace = violations.reduce((sum, x) => sum + x.count - max, 0);
  const message = msg('composition.maxPerOrganisation', { max, violations, basis: rule.basis });
  const figures = { organisations: byBin.size, organisationsOverLimit: violations.length, replace };
  if (violations.length === 0) return { status: 'pass', figures, shortfall: 0, message };
  return { status: failStatus(rule), figures, shortfall: replace, message, remedy: msg('remedy.maxPerOrganisation', { max, replace }) };
}

function evaluateChair(rule: Rule<ChairNotCivilServantRuleValue>, members: readonly Membership[]): Verdict {
  const chairs = members.filter((m) => m.role === 'chair');
  const servants = chairs.filter((m) => m.isCivilServant).length;
  const figures = { chairs: chairs.length, chairsInStateService: servants };
  if (chairs.length === 0) {
    return { status: 'notApplicable', figures, shortfall: 0, message: msg('composition.chair', { state: 'none', basis: rule.basis }) };
  }
  if (servants === 0) {
    return { status: 'pass', figures, shortfall: 0, message: msg('composition.chair', { state: 'ok', basis: rule.basis }) };
  }
  return {
    status: failStatus(rule),
    figures,
    shortfall: servants,
    message: msg('composition.chair', { state: 'civilServant', basis: rule.basis }),
    remedy: msg('remedy.chair', {}),
  };
}

function evaluateConsecutiveTerms(rule: Rule<ConsecutiveTermsRuleValue>, members: readonly Membership[]): Verdict {
  const max = rule.value.max;
  const recorded = members.filter((m) => m.consecutiveTerms !== undefined);
  const violators = recorded.filter((m) => (m.consecutiveTerms ?? 0) > max).length;
  const figures = { recorded: recorded.length, violators, max };
  const message = msg('composition.consecutiveTerms', { max, violators, recorded: recorded.length, basis: rule.basis });
  if (recorded.length === 0) return { status: 'notApplicable', figures, shortfall: 0, message };
  if (violators === 0) return { status: 'pass', figures, shortfall: 0, message };
  return {
    status: failStatus(rule),
    figures,
    shortfall: violators,
    message,
    remedy: msg('remedy.consecutiveTerms', { max, replace: violators }),
  };
}

function evaluateCouncilsPerPerson(
  rule: Rule<MaxCouncilsPerPersonRuleValue>,
  councilLevel: CouncilLevel,
  members: readonly Membership[],
): Verdict {
  const { level, max } = rule.value;
  const applies = councilLevel === level;
  const violators = applies
    ? members.filter((m) => 1 + (m.concurrentSeats ?? []).filter((s) => s.level === level).length > max).length
    : 0;
  const figures = { violators, max };
  const message = msg('composition.councilsPerPerson', { level, councilLevel, max, violators, basis: rule.basis });
  if (!applies) return { status: 'notApplicable', figures, shortfall: 0, message };
  if (violators === 0) return { status: 'pass', figures, shortfall: 0, message };
  return { status: failStatus(rule), figures, shortfall: violators, message, remedy: msg('remedy.councilsPerPerson', { replace: violators }) };
}

function matchesAttribute(m: Membership, attribute: DemographicAttribute, onDate: IsoDate): boolean | undefined {
  if (attribute.type === 'ageBelow') {
    return m.birthDate === undefined ? undefined : ageOn(m.birthDate, onDate) < attribute.years;
  }
  return m.gender === undefined ? undefined : m.gender === attribute.gender;
}

function evaluateDemographic(
  rule: Rule<DemographicTargetRuleValue>,
  members: readonly Membership[],
  onDate: IsoDate,
): Verdict {
  const v = rule.value;
  const total = members.length;
  const answers = members.map((m) => matchesAttribute(m, v.attribute, onDate));
  // Members of unknown age or gender are counted as not matching: the target must be shown to be met.
  const count = answers.filter((a) => a === true).length;
  const unknown = answers.filter((a) => a === undefined).length;
  const limit = v.comparison === 'atLeast' ? minCountForShare(v, total) : maxCountForShare(v, total);
  const figures = { total, count, unknown, limit, percent: percent(count, total) };
  const message = msg('composition.demographic', {
    attribute: v.attribute,
    comparison: v.comparison,
    count,
    total,
    unknown,
    limit,
    numerator: v.numerator,
    denominator: v.denominator,
    basis: rule.basis,
  });
  if (total === 0) return { status: 'notApplicable', figures, shortfall: 0, message };
  if (meets(count, total, v, v.comparison)) return { status: 'pass', figures, shortfall: 0, message };
  const change = Math.abs(limit - count);
  return {
    status: failStatus(rule),
    figures,
    shortfall: change,
    message,
    remedy: msg('remedy.demographic', { attribute: v.attribute, comparison: v.comparison, change }),
  };
}

/**
 * Checks a council's composition on a date against every composition rule of the rule set in
 * force that day. Rules that cannot apply (no chair yet, level not configured) are returned as
 * notApplicable so the explanation is complete.
 */
export function evaluateComposition(composition: Composition, ruleSet: RuleSet, onDate: IsoDate): CheckResult[] {
  const members = countedMembers(composition, onDate);
  const level = composition.council.level;
  const results: CheckResult[] = [];
  for (const rule of ruleSet.rules) {
    if (!isRuleInForce(rule, onDate)) continue;
    const v = rule.value;
    switch (v.kind) {
      case 'share':
        if (v.population === 'council') {
          results.push(result(rule, evaluateShare({ ...rule, value: v }, members, sizeMaxFor(ruleSet, level, onDate))));
        }
        break;
      case 'sizeRange':
        results.push(result(rule, evaluateSize({ ...rule, value: v }, level, members.length)));
        break;
      case 'maxPerOrganisation':
        results.push(result(rule, evaluateMaxPerOrganisation({ ...rule, value: v }, members)));
        break;
      case 'chairNotCivilServant':
        results.push(result(rule, evaluateChair({ ...rule, value: v }, members)));
        break;
      case 'consecutiveTerms':
        results.push(result(rule, evaluateConsecutiveTerms({ ...rule, value: v }, members)));
        break;
      case 'maxCouncilsPerPerson':
        results.push(result(rule, evaluateCouncilsPerPerson({ ...rule, value: v }, level, members)));
        break;
      case 'demographicTarget':
        results.push(result(rule, evaluateDemographic({ ...rule, value: v }, members, onDate)));
        break;
      default:
        break;
    }
  }
  return results;
}

/**
 * Checks the working group that forms a council (state share at most 1/3, 383-V art. 8) against
 * the share rules the rule set declares for working groups.
 */
export function evaluateWorkingGroup(
  members: readonly { readonly category: MemberCategory }[],
  ruleSet: RuleSet,
  onDate: IsoDate,
): CheckResult[] {
  return rulesOfKind(ruleSet, 'share', onDate)
    .filter((rule) => rule.value.population === 'workingGroup')
    .map((rule) => result(rule, evaluateShare(rule, members, undefined)));
}
