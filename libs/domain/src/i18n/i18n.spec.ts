import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import type { DayOffReason } from '../calendar/holiday-calendar';
import type { LegalBasis } from '../common/legal-basis';
import { LOCALES } from '../common/localized-text';
import { checkChange } from '../composition/check-change';
import type { Composition, Membership } from '../composition/composition-types';
import { evaluateComposition, evaluateWorkingGroup } from '../composition/evaluate-composition';
import { MEETING_STATES, transitionMeeting } from '../meetings/meeting-state';
import { quorum } from '../meetings/quorum';
import { tallyVote } from '../meetings/tally-vote';
import type { VoteReason } from '../meetings/tally-vote';
import { computeDueDate } from '../obligations/due-date';
import { applyObligationEvent, openObligation } from '../obligations/obligation-machine';
import { OBLIGATION_EVENT_TYPES, OBLIGATION_STATES } from '../obligations/obligation-types';
import { KZ_MODEL_REGULATION, defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import { ruleName } from '../rules/rule-name';
import { DEADLINE_DOCUMENT_TYPES } from '../rules/rule-types';
import type { RuleValue } from '../rules/rule-types';
import { validateRuleSet } from '../rules/validate-rule-set';
import type { RuleSetProblemKind } from '../rules/validate-rule-set';
import { enPlural, ruGenitive, ruPlural } from './catalogue';
import { CATALOGUES, formatBasis, formatMessage } from './format-message';
import type { MessageKey, MessageParams, MessageRef } from './message-params';

const rs = defaultKazakhstanRuleSet;
const basis: LegalBasis = rs.rules[0].basis;
const name = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };
const dayOffs: DayOffReason[] = [
  { kind: 'weekend', weekday: 6 },
  { kind: 'holiday', name, basis, onWeekend: true },
  { kind: 'holiday', name, basis, onWeekend: false },
  { kind: 'carriedOver', name, holidayDate: '2026-03-21', basis },
  { kind: 'extraDayOff', reason: { kk: 'Үкімет қаулысы', ru: 'постановление Правительства', en: 'Government decree' } },
];
const voteReasons: VoteReason[] = ['adopted', 'notAdopted', 'tieChairFor', 'tieChairAgainst', 'tieNoChairVote', 'tieFails', 'noQuorum', 'invalidCounts'];
const problems: RuleSetProblemKind[] = [
  'duplicateCode',
  'kindMismatch',
  'invalidFraction',
  'sizeMinAboveMax',
  'invalidSize',
  'invalidAmount',
  'invalidDate',
  'invalidPeriod',
  'qualifiedNotAboveHalf',
  'missingRequired',
];
const ageBelow = { type: 'ageBelow', years: 35 } as const;
const otherValues: RuleValue[] = [
  { kind: 'share', population: 'council', subject: 'stateLinked', comparison: 'atMost', numerator: 1, denominator: 3 },
  { kind: 'demographicTarget', attribute: ageBelow, comparison: 'atLeast', numerator: 3, denominator: 10 },
  { kind: 'termLength', years: 4 },
];
const share = { population: 'council', subject: 'civilSociety', comparison: 'atLeast', count: 9, total: 15, limit: 10, numerator: 2, denominator: 3, basis } as const;

/**
 * At least one sample for every message key, and one for every branch of the wording. The type
 * makes a key without samples a compile error, so no key the code can emit goes untested.
 */
const SAMPLES: { readonly [K in MessageKey]: readonly MessageParams[K][] } = {
  text: [{ text: name }],
  basis: [{ basis }, { basis: { act: KZ_MODEL_REGULATION, paragraph: '4', subparagraph: '2', confidence: 'R' } }, { basis: { ...basis, confidence: 'S' } }],
  'rule.name': [
    ...rs.rules.map((r) => ({ code: r.code, value: r.value })),
    ...otherValues.map((value) => ({ code: 'custom.rule', value })),
    { code: 'custom.gender', value: { kind: 'demographicTarget', attribute: { type: 'gender', gender: 'female' }, comparison: 'atLeast', numerator: 1, denominator: 3 } },
  ],
  'check.status': [{ status: 'pass' }, { status: 'fail' }, { status: 'warning' }, { status: 'notApplicable' }],
  'composition.share': [share, { ...share, population: 'workingGroup', subject: 'stateLinked', comparison: 'atMost', count: 3, total: 6, limit: 2, numerator: 1 }],
  'composition.share.empty': [{ population: 'council', basis }, { population: 'workingGroup', basis }],
  'composition.share.supervisedNote': [{ supervised: 1, stateLinkedWithSupervised: 7, total: 16 }],
  'remedy.share.replace': [{ good: 'civilSociety', replace: 1 }, { good: 'stateLinked', replace: 2 }],
  'remedy.share.replaceOrAdd': [{ good: 'civilSociety', replace: 1, add: 3 }, { good: 'stateLinked', replace: 1, add: 1 }],
  'composition.size': [{ level: 'republican', count: 14, min: 15, max: 30, basis }, { level: 'quasiPublic', count: 21, min: 10, max: 15, basis }, { level: 'local', count: 1, min: 1, max: 3, basis }],
  'composition.size.notConfigured': [{ level: 'local', count: 16, basis }],
  'remedy.size.add': [{ add: 1 }, { add: 2 }],
  'remedy.size.remove': [{ remove: 1 }],
  'composition.maxPerOrganisation': [
    { max: 1, violations: [], basis },
    { max: 2, violations: [{ bin: '123456789012', count: 3 }, { bin: '210987654321', count: 4 }], basis },
  ],
  'remedy.maxPerOrganisation': [{ max: 1, replace: 1 }, { max: 2, replace: 3 }],
  'composition.chair': [{ state: 'ok', basis }, { state: 'civilServant', basis }, { state: 'none', basis }],
  'remedy.chair': [{}],
  'composition.consecutiveTerms': [
    { max: 2, violators: 0, recorded: 0, basis },
    { max: 2, violators: 0, recorded: 3, basis },
    { max: 1, violators: 2, recorded: 3, basis },
  ],
  'remedy.consecutiveTerms': [{ max: 2, replace: 1 }, { max: 1, replace: 2 }],
  'composition.councilsPerPerson': [
    { level: 'republican', councilLevel: 'local', max: 1, violators: 0, basis },
    { level: 'republican', councilLevel: 'republican', max: 1, violators: 0, basis },
    { level: 'local', councilLevel: 'local', max: 2, violators: 1, basis },
    { level: 'quasiPublic', councilLevel: 'quasiPublic', max: 1, violators: 2, basis },
  ],
  'remedy.councilsPerPerson': [{ replace: 1 }],
  'composition.demographic': [
    { attribute: ageBelow, comparison: 'atLeast', count: 2, total: 15, unknown: 3, limit: 5, numerator: 30, denominator: 100, basis },
    { attribute: { type: 'ageBelow', years: 21 }, comparison: 'atLeast', count: 2, total: 15, unknown: 0, limit: 5, numerator: 30, denominator: 100, basis },
    { attribute: { type: 'gender', gender: 'male' }, comparison: 'atMost', count: 11, total: 15, unknown: 0, limit: 7, numerator: 1, denominator: 2, basis },
    { attribute: { type: 'gender', gender: 'female' }, comparison: 'atLeast', count: 3, total: 15, unknown: 1, limit: 5, numerator: 1, denominator: 3, basis },
  ],
  'remedy.demographic': [
    { attribute: ageBelow, comparison: 'atLeast', change: 3 },
    { attribute: { type: 'gender', gender: 'male' }, comparison: 'atMost', change: 4 },
  ],
  'meetings.quorum': [
    { reached: false, present: 9, total: 15, required: 10, basis },
    { reached: true, present: 11, total: 16, required: 11, basis },
    { reached: false, present: 1, total: 15, required: 10, basis },
  ],
  'meetings.vote': voteReasons.map((reason) => ({ reason, for: 6, against: 6, abstain: 0, required: 7, basis })).concat([
    { reason: 'adopted', for: 1, against: 0, abstain: 0, required: 1, basis },
  ]),
  'meetings.notice': [
    { ok: true, given: 3, required: 3, unit: 'workingDays', basis },
    { ok: false, given: 1, required: 10, unit: 'calendarDays', basis },
    { ok: false, given: 0, required: 3, unit: 'workingDays', basis },
  ],
  'meetings.frequencyStatus': (['ok', 'due', 'behind'] as const).flatMap((status) =>
    (['quarter', 'year'] as const).map((period) => ({ status, count: 1, previousCount: 0, required: 1, period, periodEnd: '2026-12-31' as const, basis })),
  ),
  'meeting.state': MEETING_STATES.map((state) => ({ state })),
  'meeting.transitionRefused': [
    { from: 'draft', to: 'published', allowed: ['announced', 'cancelled'] },
    { from: 'published', to: 'draft', allowed: [] },
  ],
  dayOff: dayOffs.map((reason) => ({ reason })),
  documentType: DEADLINE_DOCUMENT_TYPES.map((documentType) => ({ documentType })),
  'deadline.start': DEADLINE_DOCUMENT_TYPES.map((documentType) => ({ date: '2026-03-20', documentType })),
  'deadline.add': ([1, 2, 5, 21] as const).flatMap((amount) => (['workingDays', 'calendarDays', 'months'] as const).map((unit) => ({ amount, unit }))),
  'deadline.skipped': dayOffs.map((reason) => ({ dates: ['2026-03-21', '2026-03-22'], reason })),
  'deadline.monthTarget': [{ target: '2026-02-28', clamped: true }, { target: '2026-04-20', clamped: false }],
  'deadline.movedToWorkingDay': dayOffs.map((reason) => ({ from: '2026-02-28', to: '2026-03-02', reason })),
  'deadline.due': [{ date: '2026-04-08', basis }],
  'deadline.unconfirmedYear': [{ year: 2027 }],
  'deadline.extension': [{ workingDays: 1, from: '2026-04-08' }, { workingDays: 5, from: '2026-04-08' }],
  'deadline.clockStopped': [{ since: '2026-03-30' }],
  'deadline.clockResumed': [{ since: '2026-03-30', resumedOn: '2026-04-06' }],
  'deadline.redirected': [{ toBodyId: 'health-department', date: '2026-03-26' }],
  'deadline.reopened': [{ date: '2026-04-10' }],
  'obligation.state': OBLIGATION_STATES.map((state) => ({ state })),
  'obligation.error.impossibleTransition': [
    ...OBLIGATION_EVENT_TYPES.map((event) => ({ from: 'closed' as const, event, allowed: [] })),
    { from: 'overdue', event: 'receive', allowed: ['answer', 'escalate'] },
  ],
  'obligation.error.clockAlreadyStopped': [{ since: '2026-03-30' }],
  'obligation.error.clockNotStopped': [{}],
  'obligation.error.clockStopped': [{ since: '2026-03-30' }],
  'obligation.error.notYetOverdue': [{ due: '2026-04-08' }],
  'obligation.error.extensionAfterDue': [{ due: '2026-04-08' }],
  'obligation.error.extensionExceedsLimit': [{ requested: 5, remaining: 4 }, { requested: 1, remaining: 1 }],
  'obligation.error.dateBeforeLastEvent': [{ date: '2026-03-24', last: '2026-03-25' }],
  'obligation.error.invalidAmount': [{ amount: 0 }],
  'obligation.error.sameAddressee': [{}],
  'ruleSet.problem': problems.flatMap((problem) => [{ problem }, { problem, ruleCode: 'meetings.quorum', field: 'value' }]),
};

function samples(): MessageRef[] {
  return (Object.keys(SAMPLES) as MessageKey[]).flatMap((key) => (SAMPLES[key] as readonly MessageParams[MessageKey][]).map((params) => ({ key, params }) as MessageRef));
}

function expectReadable(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(/undefined|NaN|\[object|null|\{|\}/);
  expect(text).not.toMatch(/ {2}/);
}

describe('message catalogues', () => {
  it('have exactly the same keys in Kazakh, Russian and English, and a sample for each', () => {
    const keys = Object.keys(SAMPLES).sort();
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys);
  });

  it('render every sample of every key in every language as plain text', () => {
    for (const ref of samples()) {
      const texts = LOCALES.map((locale) => formatMessage(ref, locale));
      texts.forEach(expectReadable);
      // Kazakh and Russian must be translated, not English left in place; a rule of a kind without
      // a built-in name is shown by its code in every language.
      const untranslatable = ref.key === 'text' || ref.key === 'deadline.add' || (ref.key === 'rule.name' && texts[2] === ref.params.code);
      if (!untranslatable) {
        expect(texts[0]).not.toBe(texts[2]);
        expect(texts[1]).not.toBe(texts[2]);
      }
    }
  });

  it('render every message the domain actually produces', () => {
    const kz = kazakhstanCalendar([2026]);
    const m = (category: Membership['category'], extra: Partial<Membership> = {}): Membership => ({
      personId: 'x',
      role: 'member',
      isVotingMember: true,
      category,
      isCivilServant: false,
      start: '2025-01-01',
      ...extra,
    });
    const ngo = { code: 'ngo', stateLinked: false, supervisedByHost: false };
    const akimat = { code: 'akimat', stateLinked: true, supervisedByHost: false };
    const apk = { code: 'apk', stateLinked: false, supervisedByHost: true };
    const c: Composition = {
      council: { level: 'republican', hostBodyId: 'h' },
      members: [
        ...Array.from({ length: 8 }, () => m(ngo, { nominatingOrgBin: '111111111111', consecutiveTerms: 3, concurrentSeats: [{ councilId: 'y', level: 'republican' }] })),
        m(apk),
        m(ngo, { role: 'chair', isCivilServant: true }),
        ...Array.from({ length: 6 }, () => m(akimat)),
      ],
    };
    const refs: MessageRef[] = [];
    for (const r of evaluateComposition(c, rs, '2026-03-01')) refs.push(r.name, r.message, ...r.notes, ...(r.remedy ? [r.remedy] : []));
    for (const r of evaluateWorkingGroup([{ category: akimat }], rs, '2026-03-01')) refs.push(r.message, ...(r.remedy ? [r.remedy] : []));
    for (const v of checkChange({ ...c, members: [] }, c, rs, '2026-03-01').violations) refs.push(v.result.message);
    refs.push(quorum(rs, { totalMembers: 15, present: 9 }).message);
    refs.push(tallyVote(rs, { for: 6, against: 6, abstain: 0, recused: 0, present: 12, totalMembers: 15, chairVote: 'for' }).message);
    const t = transitionMeeting('closed', 'draft');
    if (!t.ok) refs.push(t.error.message);
    for (const type of DEADLINE_DOCUMENT_TYPES) refs.push(...computeDueDate(rs, kz, type, '2026-12-20').explanation);
    const o = openObligation({ ruleSet: rs, calendar: kz }, { documentType: 'recommendation', addresseeBodyId: 'b', dispatchedOn: '2026-01-31' });
    refs.push(...o.explanation);
    const e = applyObligationEvent({ ruleSet: rs, calendar: kz }, o, { type: 'assess', date: '2026-02-02', adequate: true });
    if (!e.ok) refs.push(e.error.message);
    refs.push(...validateRuleSet({ ...rs, rules: [] }).map((p) => p.message));
    refs.push(...rs.rules.map(ruleName));
    expect(refs.length).toBeGreaterThan(60);
    for (const ref of refs) for (const locale of LOCALES) expectReadable(formatMessage(ref, locale));
  });
});

describe('wording a secretary can read', () => {
  const kokshetau = (locale: 'kk' | 'ru' | 'en'): string =>
    formatMessage({ key: 'composition.share.supervisedNote', params: { supervised: 1, stateLinkedWithSupervised: 7, total: 16 } }, locale);

  it('states the civil-society share with the figure required and the law', () => {
    const ref: MessageRef = { key: 'composition.share', params: share };
    expect(formatMessage(ref, 'ru')).toBe(
      'Представители гражданского общества: 9 из 15 (60%), требуется не менее 10 (2/3) — Закон 383-V ст. 1 п. 7',
    );
    expect(formatMessage(ref, 'kk')).toBe('Азаматтық қоғам өкілдері: 15 мүшеден 9 (60%), кемінде 10 болуы керек (2/3) — 383-V Заң, 1-бап, 7-тармақ');
    expect(formatMessage(ref, 'en')).toBe('Civil-society members: 9 of 15 (60%), at least 10 required (2/3) — Law 383-V art. 1 p. 7');
  });

  it('states a missing quorum as LAW.md shows it', () => {
    const q = quorum(rs, { totalMembers: 15, present: 9 }).message;
    expect(formatMessage(q, 'en')).toBe('Quorum not reached: 9 of 15 present, 10 required — Law 383-V art. 13 p. 2');
    expect(formatMessage(q, 'ru')).toBe('Кворума нет: присутствуют 9 из 15, требуется не менее 10 — Закон 383-V ст. 13 п. 2');
  });

  it('writes decimals with a comma in Kazakh and Russian', () => {
    expect(kokshetau('ru')).toContain('7 из 16 (43,75%)');
    expect(kokshetau('kk')).toContain('16 мүшеден 7 (43,75%)');
    expect(kokshetau('en')).toContain('7 of 16 (43.75%)');
  });

  it('words the remedy as an action', () => {
    const ref: MessageRef = { key: 'remedy.share.replaceOrAdd', params: { good: 'civilSociety', replace: 1, add: 3 } };
    expect(formatMessage(ref, 'ru')).toBe(
      'Что сделать: заменить 1 чел. из числа представителей государственных органов и организаций на представителей гражданского общества ' +
        'или добавить 3 чел. из числа представителей гражданского общества',
    );
    expect(formatMessage({ key: 'remedy.share.replace', params: { good: 'civilSociety', replace: 1 } }, 'en')).toBe(
      'What to do: replace 1 state-linked member with civil-society members',
    );
  });

  it('marks figures that are not read from the law', () => {
    const majority = rs.rules.find((r) => r.code === 'meetings.majority')!.basis;
    expect(formatBasis(majority, 'ru')).toBe('Типовое положение (приказ № 69) (по сложившейся практике, требует проверки)');
    expect(formatBasis({ act: KZ_MODEL_REGULATION, paragraph: '4', confidence: 'C' }, 'kk')).toBe('Үлгілік ереже (№ 69 бұйрық), 4-тармақ');
    expect(formatBasis({ ...basis, subparagraph: '3', confidence: 'S' }, 'en')).toBe('Law 383-V art. 1 p. 7 sp. 3 (per official summary)');
  });

  it('formats dates for each language', () => {
    const ref: MessageRef = { key: 'deadline.due', params: { date: '2026-04-08', basis } };
    expect(formatMessage(ref, 'ru')).toMatch(/^Срок: 08\.04\.2026 — /);
    expect(formatMessage(ref, 'kk')).toMatch(/^Мерзімі: 08\.04\.2026 — /);
    expect(formatMessage(ref, 'en')).toMatch(/^Due: 8 April 2026 — /);
  });

  it('agrees Russian nouns with numbers', () => {
    const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 112].map((n) => ruPlural(n, 'член', 'члена', 'членов'));
    expect(forms).toEqual(['член', 'члена', 'члена', 'членов', 'членов', 'членов', 'членов', 'член', 'члена', 'членов', 'членов', 'членов']);
    expect(ruPlural(1.5, 'день', 'дня', 'дней')).toBe('дня');
    expect([1, 2, 11, 21].map((n) => ruGenitive(n, 'члена', 'членов'))).toEqual(['члена', 'членов', 'членов', 'члена']);
    expect([1, 2].map((n) => enPlural(n, 'day', 'days'))).toEqual(['day', 'days']);
    expect(formatMessage({ key: 'composition.size', params: { level: 'republican', count: 21, min: 15, max: 30, basis } }, 'ru')).toMatch(/^Численность совета: 21 член;/);
  });

  it('uses the glossary terms', () => {
    expect(formatMessage({ key: 'meeting.state', params: { state: 'minutesApproved' } }, 'ru')).toBe('протокол утверждён');
    expect(formatMessage({ key: 'meeting.state', params: { state: 'minutesApproved' } }, 'kk')).toBe('хаттама бекітілді');
    expect(formatMessage({ key: 'obligation.state', params: { state: 'overdue' } }, 'ru')).toBe('просрочено');
    expect(formatMessage({ key: 'obligation.state', params: { state: 'overdue' } }, 'kk')).toBe('мерзімі өтті');
    expect(formatMessage({ key: 'rule.name', params: { code: 'meetings.quorum', value: rs.rules.find((r) => r.code === 'meetings.quorum')!.value } }, 'kk')).toBe('Кворум');
  });
});
