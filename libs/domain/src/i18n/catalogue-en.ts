import type { DayOffReason } from '../calendar/holiday-calendar';
import type { Confidence } from '../common/legal-basis';
import type { MeetingState } from '../meetings/meeting-state';
import type { ObligationEventType, ObligationState } from '../obligations/obligation-types';
import type {
  CouncilLevel,
  DeadlineDocumentType,
  DeadlineUnit,
  DemographicAttribute,
  KnownRuleCode,
  RuleValue,
  ShareSubject,
} from '../rules/rule-types';
import { enPlural } from './catalogue';
import type { Catalogue, Formatter } from './catalogue';

const SUBJECT: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'Civil-society members',
  stateLinked: 'Members from state bodies and state organisations',
};

const SUBJECT_SHORT: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'civil-society',
  stateLinked: 'state-linked',
};

const LEVEL: { readonly [L in CouncilLevel]: string } = {
  republican: 'republican',
  local: 'local',
  quasiPublic: 'quasi-public',
};

const CONFIDENCE: { readonly [C in Confidence]: string } = {
  C: '',
  S: ' (per official summary)',
  R: ' (established practice, to be verified)',
};

const MEETING_STATE: { readonly [S in MeetingState]: string } = {
  draft: 'draft',
  announced: 'announced',
  inSession: 'in session',
  closed: 'closed',
  minutesApproved: 'minutes approved',
  published: 'published',
  cancelled: 'cancelled',
};

const OBLIGATION_STATE: { readonly [S in ObligationState]: string } = {
  dispatched: 'sent',
  received: 'received',
  answered: 'answered',
  overdue: 'overdue',
  escalated: 'escalated',
  reopened: 'returned for a better answer',
  closed: 'closed, answer accepted',
};

const OBLIGATION_EVENT: { readonly [E in ObligationEventType]: string } = {
  receive: 'record receipt',
  answer: 'record the answer',
  markOverdue: 'mark overdue',
  escalate: 'escalate',
  assess: 'assess the answer',
  stopClock: 'stop the clock',
  resumeClock: 'resume the clock',
  redirect: 'redirect to another body',
  extend: 'extend the deadline',
};

const DOCUMENT_TYPE: { readonly [D in DeadlineDocumentType]: string } = {
  recommendation: 'council recommendation',
  budgetProgramme: 'recommendation on a draft budget programme, strategic plan or programme',
  publicControlFinalDocument: 'public control final document',
  publicControlAnswer: 'answer of the object of public control',
  citizenAppeal: 'citizen appeal',
  minutesPublication: 'publication of the minutes',
};

const RULE_NAME: { readonly [C in KnownRuleCode]: string } = {
  'composition.civilSocietyShare': 'Civil-society share',
  'composition.size': 'Council size',
  'composition.maxPerOrganisation': 'Members from one organisation',
  'composition.oneRepublicanCouncilPerPerson': 'One republican council per person',
  'composition.chairNotCivilServant': 'Chair not a civil servant',
  'composition.consecutiveTerms': 'Consecutive terms',
  'term.years': 'Term of office',
  'term.renewalLead': 'Start of forming the next council',
  'workingGroup.stateShare': 'State share of the working group',
  'meetings.quorum': 'Quorum',
  'meetings.majority': 'How decisions are adopted',
  'meetings.frequency': 'Meeting frequency',
  'meetings.notice': 'Notice of a meeting',
  'obligations.escalation': 'Reminders and escalation',
  'obligations.clockStart': 'When the response clock starts',
  'minutes.approval': 'Who approves the minutes',
  'publicity.informPopulation': 'Informing the public about the council',
  'publicHearing.notice': 'Notice of a public hearing',
  'publicControl.hearingNotice': 'Notice of a hearing in public control',
  'deadline.recommendation': 'Deadline to answer a recommendation',
  'deadline.budgetProgramme': 'Deadline to answer on a budget programme',
  'deadline.publicControlFinalDocument': 'Deadline to send the final document',
  'deadline.publicControlAnswer': 'Deadline for the answer to public control',
  'deadline.citizenAppeal': 'Deadline to answer a citizen appeal',
  'deadline.minutesPublication': 'Deadline to publish the minutes',
  'membership.absenceLimit': 'Unexcused absences',
};

function attributeLabel(a: DemographicAttribute): string {
  if (a.type === 'ageBelow') return `Members under ${a.years}`;
  return a.gender === 'female' ? 'Women' : 'Men';
}

function ruleNameByKind(code: string, value: RuleValue): string {
  switch (value.kind) {
    case 'share':
      return `Share: ${SUBJECT[value.subject].toLowerCase()}`;
    case 'demographicTarget':
      return `Composition target: ${attributeLabel(value.attribute).toLowerCase()}`;
    default:
      return code;
  }
}

function unitWords(n: number, unit: DeadlineUnit): string {
  switch (unit) {
    case 'workingDays':
      return enPlural(n, 'working day', 'working days');
    case 'calendarDays':
      return enPlural(n, 'calendar day', 'calendar days');
    case 'months':
      return enPlural(n, 'month', 'months');
  }
}

function dayOff(r: DayOffReason, f: Formatter): string {
  switch (r.kind) {
    case 'weekend':
      return 'weekend';
    case 'holiday':
      return r.onWeekend ? `${f.text(r.name)} (holiday on a weekend)` : `${f.text(r.name)} (holiday)`;
    case 'carriedOver':
      return `day off carried over from ${f.text(r.name)} (${f.date(r.holidayDate)})`;
    case 'extraDayOff':
      return `extra day off: ${f.text(r.reason)}`;
  }
}

const members = (n: number): string => `${n} ${enPlural(n, 'member', 'members')}`;

export const en: Catalogue = {
  text: (p, f) => f.text(p.text),
  basis: ({ basis: b }) =>
    [
      b.act.short.en,
      b.article === undefined ? '' : ` art. ${b.article}`,
      b.paragraph === undefined ? '' : ` p. ${b.paragraph}`,
      b.subparagraph === undefined ? '' : ` sp. ${b.subparagraph}`,
      CONFIDENCE[b.confidence],
    ].join(''),
  'rule.name': (p) =>
    Object.prototype.hasOwnProperty.call(RULE_NAME, p.code)
      ? RULE_NAME[p.code as KnownRuleCode]
      : ruleNameByKind(p.code, p.value),
  'check.status': (p) =>
    ({ pass: 'meets the rule', fail: 'breaks the rule', warning: 'needs attention', notApplicable: 'not checked' })[p.status],

  'composition.share': (p, f) =>
    `${p.population === 'workingGroup' ? 'Working group. ' : ''}${SUBJECT[p.subject]}: ${p.count} of ${p.total} (${f.pct(p.count, p.total)}), ` +
    `${p.comparison === 'atLeast' ? `at least ${p.limit} required` : `at most ${p.limit} allowed`} (${p.numerator}/${p.denominator}) — ${f.basis(p.basis)}`,
  'composition.share.empty': (p, f) =>
    `The ${p.population === 'workingGroup' ? 'working group' : 'council'} has no members yet — no share can be calculated (${f.basis(p.basis)})`,
  'composition.share.supervisedNote': (p, f) =>
    `Counting the seats supervised by the host body (such as the Assembly of People of Kazakhstan; ${p.supervised} such), ` +
    `state-linked members are ${p.stateLinkedWithSupervised} of ${p.total} (${f.pct(p.stateLinkedWithSupervised, p.total)})`,
  'remedy.share.replace': (p) =>
    `What to do: replace ${p.replace} ${SUBJECT_SHORT[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} ${enPlural(p.replace, 'member', 'members')} ` +
    `with ${SUBJECT_SHORT[p.good]} members`,
  'remedy.share.replaceOrAdd': (p) =>
    `What to do: replace ${p.replace} ${SUBJECT_SHORT[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} ${enPlural(p.replace, 'member', 'members')} ` +
    `with ${SUBJECT_SHORT[p.good]} members, or add ${p.add} ${SUBJECT_SHORT[p.good]} ${enPlural(p.add, 'member', 'members')}`,

  'composition.size': (p, f) =>
    `Council size: ${members(p.count)}; a ${LEVEL[p.level]} council needs ${p.min} to ${p.max} — ${f.basis(p.basis)}`,
  'composition.size.notConfigured': (p, f) =>
    `Council size: ${members(p.count)}; no size is set for a ${LEVEL[p.level]} council — the authorized body recommends one (${f.basis(p.basis)})`,
  'remedy.size.add': (p) => `What to do: add ${members(p.add)}`,
  'remedy.size.remove': (p) => `What to do: reduce the council by ${members(p.remove)}`,

  'composition.maxPerOrganisation': (p, f) =>
    p.violations.length === 0
      ? `Each organisation has at most ${members(p.max)} — ${f.basis(p.basis)}`
      : `Several members represent one organisation (at most ${p.max} allowed): ` +
        `${p.violations.map((v) => `BIN ${v.bin} — ${members(v.count)}`).join('; ')} — ${f.basis(p.basis)}`,
  'remedy.maxPerOrganisation': (p) =>
    `What to do: keep at most ${members(p.max)} per organisation — replace ${p.replace}`,

  'composition.chair': (p, f) =>
    ({
      ok: 'The chair is not in state service',
      civilServant: 'The chair is in state service, but only a member who is not in state service may chair the council',
      none: 'No chair has been elected yet',
    })[p.state] + ` — ${f.basis(p.basis)}`,
  'remedy.chair': () => 'What to do: elect as chair a member who is not in state service',

  'composition.consecutiveTerms': (p, f) => {
    const terms = `${p.max} ${enPlural(p.max, 'term', 'terms')} in a row`;
    if (p.recorded === 0) return `Members' consecutive terms are not recorded — the limit of ${terms} cannot be checked (${f.basis(p.basis)})`;
    if (p.violators === 0) return `No one has served more than ${terms} — ${f.basis(p.basis)}`;
    return `${members(p.violators)} served more than ${terms} — ${f.basis(p.basis)}`;
  },
  'remedy.consecutiveTerms': (p) =>
    `What to do: replace ${members(p.replace)} who served more than ${p.max} ${enPlural(p.max, 'term', 'terms')} in a row`,

  'composition.councilsPerPerson': (p, f) => {
    if (p.level !== p.councilLevel) return `This limit applies only to ${LEVEL[p.level]} councils`;
    if (p.violators === 0) {
      return `No member sits on more ${LEVEL[p.level]} councils than allowed (${p.max} per person) — ${f.basis(p.basis)}`;
    }
    return `${members(p.violators)} also sit on other ${LEVEL[p.level]} councils; at most ${p.max} per person is allowed — ${f.basis(p.basis)}`;
  },
  'remedy.councilsPerPerson': (p) => `What to do: such members must choose one council — replace ${members(p.replace)}`,

  'composition.demographic': (p, f) =>
    `${attributeLabel(p.attribute)}: ${p.count} of ${p.total} (${f.pct(p.count, p.total)}), ` +
    `target ${p.comparison === 'atLeast' ? 'at least' : 'at most'} ${p.limit} (${f.pct(p.numerator, p.denominator)})` +
    `${p.unknown > 0 ? `; no data for ${p.unknown}` : ''} — ${f.basis(p.basis)}`,
  'remedy.demographic': (p) =>
    p.comparison === 'atLeast'
      ? `To reach the target, ${p.change} more from the group "${attributeLabel(p.attribute)}" are needed`
      : `To reach the target, the group "${attributeLabel(p.attribute)}" must have ${p.change} fewer`,

  'meetings.quorum': (p, f) =>
    `${p.reached ? 'Quorum reached' : 'Quorum not reached'}: ${p.present} of ${p.total} present, ${p.required} required — ${f.basis(p.basis)}`,
  'meetings.vote': (p, f) => {
    const counts = `for ${p.for}, against ${p.against}, abstained ${p.abstain}`;
    const need = `${p.required} ${enPlural(p.required, 'vote', 'votes')} for needed`;
    const b = f.basis(p.basis);
    switch (p.reason) {
      case 'adopted':
        return `Adopted: ${counts}; ${need} — ${b}`;
      case 'notAdopted':
        return `Not adopted: ${counts}; ${need} — ${b}`;
      case 'tieChairFor':
        return `Adopted: a tie (${counts}), decided by the chair's casting vote for — ${b}`;
      case 'tieChairAgainst':
        return `Not adopted: a tie (${counts}), decided by the chair's casting vote against — ${b}`;
      case 'tieNoChairVote':
        return `Not adopted: a tie (${counts}) and the chair did not vote — ${b}`;
      case 'tieFails':
        return `Not adopted: a tie (${counts}) — ${b}`;
      case 'noQuorum':
        return 'Not adopted: no quorum';
      case 'invalidCounts':
        return 'The count is wrong: more votes than members present, or more present than members. Please check the count';
    }
  },
  'meetings.notice': (p, f) =>
    `${p.ok ? 'Notice period met' : 'Notice too short'}: ${p.given} ${p.unit === 'workingDays' ? 'working' : 'calendar'} day${p.given === 1 ? '' : 's'} before the meeting, at least ${p.required} required — ${f.basis(p.basis)}`,
  'meetings.frequencyStatus': (p, f) => {
    const what = p.period === 'quarter' ? 'quarter' : 'year';
    switch (p.status) {
      case 'behind':
        return `The council is behind: ${p.previousCount} meeting${p.previousCount === 1 ? '' : 's'} last ${what}, at least ${p.required} required. Schedule a meeting — ${f.basis(p.basis)}`;
      case 'due':
        return `No meeting yet this ${what}: at least ${p.required} needed by ${f.date(p.periodEnd)} — ${f.basis(p.basis)}`;
      case 'ok':
        return `Frequency kept: ${p.count} meeting${p.count === 1 ? '' : 's'} this ${what}, at least ${p.required} required — ${f.basis(p.basis)}`;
    }
  },
  'meeting.state': (p) => MEETING_STATE[p.state],
  'meeting.transitionRefused': (p) =>
    `A meeting cannot go from "${MEETING_STATE[p.from]}" to "${MEETING_STATE[p.to]}". ` +
    `Possible: ${p.allowed.length === 0 ? 'nothing — this is a final state' : p.allowed.map((s) => `"${MEETING_STATE[s]}"`).join(', ')}`,

  dayOff: (p, f) => dayOff(p.reason, f),
  documentType: (p) => DOCUMENT_TYPE[p.documentType],
  'deadline.start': (p, f) => `Counting starts from ${f.date(p.date)} (${DOCUMENT_TYPE[p.documentType]}); that day itself does not count`,
  'deadline.add': (p) => `+${p.amount} ${unitWords(p.amount, p.unit)}`,
  'deadline.skipped': (p, f) => `Skipped ${f.dates(p.dates)}: ${dayOff(p.reason, f)}`,
  'deadline.monthTarget': (p, f) =>
    p.clamped
      ? `That month has no such date — its last day is taken: ${f.date(p.target)}`
      : `Same date of the following month: ${f.date(p.target)}`,
  'deadline.movedToWorkingDay': (p, f) =>
    `${f.date(p.from)} is a day off (${dayOff(p.reason, f)}); the deadline moves to the next working day: ${f.date(p.to)}`,
  'deadline.due': (p, f) => `Due: ${f.date(p.date)} — ${f.basis(p.basis)}`,
  'deadline.unconfirmedYear': (p) =>
    `Note: the ${p.year} calendar is not confirmed yet; days off moved by decree may change the date`,
  'deadline.extension': (p, f) =>
    `Extended by ${p.workingDays} ${unitWords(p.workingDays, 'workingDays')} from the previous due date ${f.date(p.from)}`,
  'deadline.clockStopped': (p, f) => `Clock stopped on ${f.date(p.since)}`,
  'deadline.clockResumed': (p, f) => `Clock resumed on ${f.date(p.resumedOn)} (stopped since ${f.date(p.since)})`,
  'deadline.redirected': (p, f) => `${f.date(p.date)}: redirected to the competent body (${p.toBodyId}); the clock restarts`,
  'deadline.reopened': (p, f) => `${f.date(p.date)}: the council found the answer inadequate; it is returned and the clock restarts`,

  'obligation.state': (p) => OBLIGATION_STATE[p.state],
  'obligation.error.impossibleTransition': (p) =>
    `Cannot ${OBLIGATION_EVENT[p.event]}: it is "${OBLIGATION_STATE[p.from]}". ` +
    `Possible: ${p.allowed.length === 0 ? 'nothing — the work is finished' : p.allowed.map((e) => `"${OBLIGATION_EVENT[e]}"`).join(', ')}`,
  'obligation.error.clockAlreadyStopped': (p, f) => `The clock has been stopped since ${f.date(p.since)}`,
  'obligation.error.clockNotStopped': () => 'The clock is not stopped',
  'obligation.error.clockStopped': (p, f) => `The clock has been stopped since ${f.date(p.since)}; nothing is overdue`,
  'obligation.error.notYetOverdue': (p, f) => `Not overdue yet: the answer is due by ${f.date(p.due)}`,
  'obligation.error.extensionAfterDue': (p, f) => `An extension must be granted before the deadline (${f.date(p.due)})`,
  'obligation.error.extensionExceedsLimit': (p) =>
    `An extension of ${p.requested} ${unitWords(p.requested, 'workingDays')} exceeds the limit: at most ${p.remaining} left`,
  'obligation.error.dateBeforeLastEvent': (p, f) => `The date ${f.date(p.date)} is before the last event (${f.date(p.last)})`,
  'obligation.error.invalidAmount': (p) => `The number of days must be a whole number above zero (given: ${p.amount})`,
  'obligation.error.sameAddressee': () => 'It is already addressed to this body',

  'ruleSet.problem': (p) => {
    const where = p.ruleCode === undefined ? 'Rule set' : `Rule "${p.ruleCode}"`;
    const field = p.field === undefined ? '' : ` (${p.field})`;
    switch (p.problem) {
      case 'duplicateCode':
        return `${where}: given twice`;
      case 'kindMismatch':
        return `${where}: the value is of the wrong kind`;
      case 'invalidFraction':
        return `${where}: a share must be between 0 and 1${field}`;
      case 'sizeMinAboveMax':
        return `${where}: the minimum size is above the maximum${field}`;
      case 'invalidSize':
        return `${where}: a size must be a whole number above zero${field}`;
      case 'invalidAmount':
        return `${where}: a whole number, not negative, is needed${field}`;
      case 'invalidDate':
        return `${where}: a date must be written YYYY-MM-DD${field}`;
      case 'invalidPeriod':
        return `${where}: it ends before it starts${field}`;
      case 'qualifiedNotAboveHalf':
        return `${where}: a qualified majority must be more than half${field}`;
      case 'missingRequired':
        return `${where}: this required rule is missing`;
    }
  },
};
