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
import { ruGenitive, ruPlural } from './catalogue';
import type { Catalogue, Formatter } from './catalogue';

const SUBJECT: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'Представители гражданского общества',
  stateLinked: 'Представители государственных органов и организаций',
};

/** "из числа …" / "на …": the plural genitive and accusative coincide for these animate nouns. */
const SUBJECT_GEN: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'представителей гражданского общества',
  stateLinked: 'представителей государственных органов и организаций',
};

const LEVEL_GEN: { readonly [L in CouncilLevel]: string } = {
  republican: 'республиканского совета',
  local: 'местного совета',
  quasiPublic: 'совета в квазигосударственном секторе',
};

const LEVEL_PLURAL_PREP: { readonly [L in CouncilLevel]: string } = {
  republican: 'республиканских советах',
  local: 'местных советах',
  quasiPublic: 'советах квазигосударственного сектора',
};

const LEVEL_PLURAL_GEN: { readonly [L in CouncilLevel]: string } = {
  republican: 'республиканских советов',
  local: 'местных советов',
  quasiPublic: 'советов квазигосударственного сектора',
};

const CONFIDENCE: { readonly [C in Confidence]: string } = {
  C: '',
  S: ' (по официальному сообщению)',
  R: ' (по сложившейся практике, требует проверки)',
};

const MEETING_STATE: { readonly [S in MeetingState]: string } = {
  draft: 'черновик',
  announced: 'объявлено',
  inSession: 'идёт заседание',
  closed: 'заседание закрыто',
  minutesApproved: 'протокол утверждён',
  published: 'опубликовано',
  cancelled: 'отменено',
};

const OBLIGATION_STATE: { readonly [S in ObligationState]: string } = {
  dispatched: 'направлено',
  received: 'получено',
  answered: 'дан ответ',
  overdue: 'просрочено',
  escalated: 'передано вышестоящему руководителю',
  reopened: 'возвращено на доработку',
  closed: 'закрыто, ответ принят',
};

const OBLIGATION_EVENT: { readonly [E in ObligationEventType]: string } = {
  receive: 'отметить получение',
  answer: 'внести ответ',
  markOverdue: 'отметить просрочку',
  escalate: 'передать вышестоящему руководителю',
  assess: 'оценить ответ',
  stopClock: 'приостановить срок',
  resumeClock: 'возобновить срок',
  redirect: 'перенаправить в другой орган',
  extend: 'продлить срок',
};

const DOCUMENT_TYPE: { readonly [D in DeadlineDocumentType]: string } = {
  recommendation: 'рекомендация общественного совета',
  budgetProgramme: 'рекомендация по проекту бюджетной программы, стратегического плана или программы',
  publicControlFinalDocument: 'итоговый документ общественного контроля',
  publicControlAnswer: 'ответ объекта общественного контроля',
  citizenAppeal: 'обращение гражданина',
  minutesPublication: 'публикация протокола',
};

const RULE_NAME: { readonly [C in KnownRuleCode]: string } = {
  'composition.civilSocietyShare': 'Доля представителей гражданского общества',
  'composition.size': 'Численность совета',
  'composition.maxPerOrganisation': 'Представители одной организации',
  'composition.oneRepublicanCouncilPerPerson': 'Один человек — один республиканский совет',
  'composition.chairNotCivilServant': 'Председатель — не государственный служащий',
  'composition.consecutiveTerms': 'Сроки полномочий подряд',
  'term.years': 'Срок полномочий состава',
  'term.renewalLead': 'Начало формирования нового состава',
  'workingGroup.stateShare': 'Доля представителей государства в рабочей группе',
  'meetings.quorum': 'Кворум',
  'meetings.majority': 'Порядок принятия решений',
  'meetings.frequency': 'Периодичность заседаний',
  'meetings.notice': 'Оповещение о заседании',
  'obligations.escalation': 'Порядок напоминаний и эскалации',
  'obligations.clockStart': 'Начало отсчёта срока ответа',
  'minutes.approval': 'Кто утверждает протокол',
  'publicity.informPopulation': 'Информирование населения о работе совета',
  'publicHearing.notice': 'Оповещение об общественном слушании',
  'publicControl.hearingNotice': 'Оповещение о заслушивании при общественном контроле',
  'deadline.recommendation': 'Срок ответа на рекомендацию',
  'deadline.budgetProgramme': 'Срок ответа по бюджетной программе',
  'deadline.publicControlFinalDocument': 'Срок направления итогового документа',
  'deadline.publicControlAnswer': 'Срок ответа объекта общественного контроля',
  'deadline.citizenAppeal': 'Срок ответа на обращение гражданина',
  'deadline.minutesPublication': 'Срок публикации протокола',
  'membership.absenceLimit': 'Пропуски заседаний без уважительной причины',
};

function attributeLabel(a: DemographicAttribute): string {
  if (a.type === 'ageBelow') return `Члены моложе ${a.years} ${ruGenitive(a.years, 'года', 'лет')}`;
  return a.gender === 'female' ? 'Женщины' : 'Мужчины';
}

function ruleNameByKind(code: string, value: RuleValue): string {
  switch (value.kind) {
    case 'share':
      return `Доля: ${SUBJECT[value.subject].toLowerCase()}`;
    case 'demographicTarget':
      return `Цель по составу: ${attributeLabel(value.attribute).toLowerCase()}`;
    default:
      return code;
  }
}

function unitWords(n: number, unit: DeadlineUnit): string {
  switch (unit) {
    case 'workingDays':
      return ruPlural(n, 'рабочий день', 'рабочих дня', 'рабочих дней');
    case 'calendarDays':
      return ruPlural(n, 'календарный день', 'календарных дня', 'календарных дней');
    case 'months':
      return ruPlural(n, 'месяц', 'месяца', 'месяцев');
  }
}

function dayOff(r: DayOffReason, f: Formatter): string {
  switch (r.kind) {
    case 'weekend':
      return 'выходной день';
    case 'holiday':
      return r.onWeekend ? `праздник «${f.text(r.name)}», выпавший на выходной` : `праздник «${f.text(r.name)}»`;
    case 'carriedOver':
      return `выходной, перенесённый за праздник «${f.text(r.name)}» (${f.date(r.holidayDate)})`;
    case 'extraDayOff':
      return `дополнительный выходной: ${f.text(r.reason)}`;
  }
}

const people = (n: number): string => `${n} чел.`;

export const ru: Catalogue = {
  text: (p, f) => f.text(p.text),
  basis: ({ basis: b }) =>
    [
      b.act.short.ru,
      b.article === undefined ? '' : ` ст. ${b.article}`,
      b.paragraph === undefined ? '' : ` п. ${b.paragraph}`,
      b.subparagraph === undefined ? '' : ` пп. ${b.subparagraph}`,
      CONFIDENCE[b.confidence],
    ].join(''),
  'rule.name': (p) =>
    Object.prototype.hasOwnProperty.call(RULE_NAME, p.code)
      ? RULE_NAME[p.code as KnownRuleCode]
      : ruleNameByKind(p.code, p.value),
  'check.status': (p) =>
    ({ pass: 'соответствует', fail: 'не соответствует', warning: 'внимание', notApplicable: 'не проверяется' })[p.status],

  'composition.share': (p, f) =>
    `${p.population === 'workingGroup' ? 'Рабочая группа. ' : ''}${SUBJECT[p.subject]}: ${p.count} из ${p.total} (${f.pct(p.count, p.total)}), ` +
    `${p.comparison === 'atLeast' ? 'требуется не менее' : 'допускается не более'} ${p.limit} (${p.numerator}/${p.denominator}) — ${f.basis(p.basis)}`,
  'composition.share.empty': (p, f) =>
    `${p.population === 'workingGroup' ? 'В рабочей группе' : 'В совете'} нет ни одного члена — долю посчитать нельзя (${f.basis(p.basis)})`,
  'composition.share.supervisedNote': (p, f) =>
    `Если считать места, которые курирует госорган (например, от Ассамблеи народа Казахстана; таких мест: ${p.supervised}), ` +
    `представителей государства — ${p.stateLinkedWithSupervised} из ${p.total} (${f.pct(p.stateLinkedWithSupervised, p.total)})`,
  'remedy.share.replace': (p) =>
    `Что сделать: заменить ${people(p.replace)} из числа ${SUBJECT_GEN[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} на ${SUBJECT_GEN[p.good]}`,
  'remedy.share.replaceOrAdd': (p) =>
    `Что сделать: заменить ${people(p.replace)} из числа ${SUBJECT_GEN[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} на ${SUBJECT_GEN[p.good]} ` +
    `или добавить ${people(p.add)} из числа ${SUBJECT_GEN[p.good]}`,

  'composition.size': (p, f) =>
    `Численность совета: ${p.count} ${ruPlural(p.count, 'член', 'члена', 'членов')}; для ${LEVEL_GEN[p.level]} нужно от ${p.min} до ${p.max} — ${f.basis(p.basis)}`,
  'composition.size.notConfigured': (p, f) =>
    `Численность совета: ${p.count} ${ruPlural(p.count, 'член', 'члена', 'членов')}; для ${LEVEL_GEN[p.level]} численность не задана — ` +
    `её рекомендует уполномоченный орган (${f.basis(p.basis)})`,
  'remedy.size.add': (p) => `Что сделать: добавить ${people(p.add)}`,
  'remedy.size.remove': (p) => `Что сделать: сократить состав на ${people(p.remove)}`,

  'composition.maxPerOrganisation': (p, f) =>
    p.violations.length === 0
      ? `От каждой организации — не более ${p.max} ${ruGenitive(p.max, 'члена', 'членов')} — ${f.basis(p.basis)}`
      : `Одну организацию представляют несколько членов (допускается не более ${p.max}): ` +
        `${p.violations.map((v) => `БИН ${v.bin} — ${people(v.count)}`).join('; ')} — ${f.basis(p.basis)}`,
  'remedy.maxPerOrganisation': (p) =>
    `Что сделать: оставить от каждой организации не более ${p.max} ${ruGenitive(p.max, 'члена', 'членов')} — заменить ${people(p.replace)}`,

  'composition.chair': (p, f) =>
    ({
      ok: 'Председатель не состоит на государственной службе',
      civilServant:
        'Председатель состоит на государственной службе, а председателем может быть только член совета, не состоящий на госслужбе',
      none: 'Председатель ещё не избран',
    })[p.state] + ` — ${f.basis(p.basis)}`,
  'remedy.chair': () => 'Что сделать: избрать председателем члена совета, который не состоит на государственной службе',

  'composition.consecutiveTerms': (p, f) => {
    const terms = `${p.max} ${ruGenitive(p.max, 'срока', 'сроков')} подряд`;
    if (p.recorded === 0) return `Сроки полномочий членов не указаны — проверить правило «не более ${terms}» нельзя (${f.basis(p.basis)})`;
    if (p.violators === 0) return `Никто не входит в совет больше ${terms} — ${f.basis(p.basis)}`;
    return `${people(p.violators)} входят в совет больше ${terms} — ${f.basis(p.basis)}`;
  },
  'remedy.consecutiveTerms': (p) =>
    `Что сделать: заменить ${people(p.replace)}, которые входят в совет больше ${p.max} ${ruGenitive(p.max, 'срока', 'сроков')} подряд`,

  'composition.councilsPerPerson': (p, f) => {
    if (p.level !== p.councilLevel) return `Это ограничение действует только для ${LEVEL_PLURAL_GEN[p.level]}`;
    if (p.violators === 0) {
      return `Никто из членов не состоит в других ${LEVEL_PLURAL_PREP[p.level]} сверх допустимого (не более ${p.max} на человека) — ${f.basis(p.basis)}`;
    }
    return `${people(p.violators)} состоят ещё и в других ${LEVEL_PLURAL_PREP[p.level]}, а допускается не более ${p.max} на человека — ${f.basis(p.basis)}`;
  },
  'remedy.councilsPerPerson': (p) => `Что сделать: такие члены должны выбрать один совет — заменить ${people(p.replace)}`,

  'composition.demographic': (p, f) =>
    `${attributeLabel(p.attribute)}: ${p.count} из ${p.total} (${f.pct(p.count, p.total)}), ` +
    `цель — ${p.comparison === 'atLeast' ? 'не менее' : 'не более'} ${p.limit} (${f.pct(p.numerator, p.denominator)})` +
    `${p.unknown > 0 ? `; нет данных по ${people(p.unknown)}` : ''} — ${f.basis(p.basis)}`,
  'remedy.demographic': (p) =>
    p.comparison === 'atLeast'
      ? `Чтобы достичь цели, нужно ещё ${people(p.change)} из группы «${attributeLabel(p.attribute)}»`
      : `Чтобы достичь цели, в группе «${attributeLabel(p.attribute)}» должно быть на ${people(p.change)} меньше`,

  'meetings.quorum': (p, f) =>
    `${p.reached ? 'Кворум есть' : 'Кворума нет'}: ${ruPlural(p.present, 'присутствует', 'присутствуют', 'присутствуют')} ${p.present} из ${p.total}, ` +
    `требуется не менее ${p.required} — ${f.basis(p.basis)}`,
  'meetings.vote': (p, f) => {
    const counts = `за — ${p.for}, против — ${p.against}, воздержались — ${p.abstain}`;
    const need = `нужно не менее ${p.required} ${ruGenitive(p.required, 'голоса', 'голосов')} «за»`;
    const b = f.basis(p.basis);
    switch (p.reason) {
      case 'adopted':
        return `Решение принято: ${counts}; ${need} — ${b}`;
      case 'notAdopted':
        return `Решение не принято: ${counts}; ${need} — ${b}`;
      case 'tieChairFor':
        return `Решение принято: голоса разделились поровну (${counts}), решающий голос председателя — «за» — ${b}`;
      case 'tieChairAgainst':
        return `Решение не принято: голоса разделились поровну (${counts}), решающий голос председателя — «против» — ${b}`;
      case 'tieNoChairVote':
        return `Решение не принято: голоса разделились поровну (${counts}), а председатель не голосовал — ${b}`;
      case 'tieFails':
        return `Решение не принято: голоса разделились поровну (${counts}) — ${b}`;
      case 'noQuorum':
        return 'Решение не принято: нет кворума';
      case 'invalidCounts':
        return 'Голоса подсчитаны с ошибкой: голосов больше, чем присутствующих, или присутствующих больше, чем членов. Проверьте подсчёт';
    }
  },
  'meetings.notice': (p, f) =>
    `${p.ok ? 'Срок оповещения соблюдён' : 'Слишком короткое оповещение'}: до заседания ${p.given} ${unitWords(p.given, p.unit)}, нужно не менее ${p.required} — ${f.basis(p.basis)}`,
  'meetings.frequencyStatus': (p, f) => {
    const what = p.period === 'quarter' ? 'квартал' : 'год';
    switch (p.status) {
      case 'behind':
        return `Совет отстаёт: в прошлый ${what} заседаний — ${p.previousCount}, а нужно не менее ${p.required}. Назначьте заседание — ${f.basis(p.basis)}`;
      case 'due':
        return `В этот ${what} заседаний ещё нет: нужно не менее ${p.required} до ${f.date(p.periodEnd)} — ${f.basis(p.basis)}`;
      case 'ok':
        return `Периодичность соблюдена: в этот ${what} заседаний — ${p.count} из не менее ${p.required} — ${f.basis(p.basis)}`;
    }
  },
  'meeting.state': (p) => MEETING_STATE[p.state],
  'meeting.transitionRefused': (p) =>
    `Нельзя перевести заседание из состояния «${MEETING_STATE[p.from]}» в «${MEETING_STATE[p.to]}». ` +
    `Возможно: ${p.allowed.length === 0 ? 'ничего — это окончательное состояние' : p.allowed.map((s) => `«${MEETING_STATE[s]}»`).join(', ')}`,

  dayOff: (p, f) => dayOff(p.reason, f),
  documentType: (p) => DOCUMENT_TYPE[p.documentType],
  'deadline.start': (p, f) => `Начало отсчёта: ${f.date(p.date)} (${DOCUMENT_TYPE[p.documentType]}); сам этот день не считается`,
  'deadline.add': (p) => `+${p.amount} ${unitWords(p.amount, p.unit)}`,
  'deadline.skipped': (p, f) => `Пропущено: ${f.dates(p.dates)} — ${dayOff(p.reason, f)}`,
  'deadline.monthTarget': (p, f) =>
    p.clamped
      ? `Такого числа в том месяце нет — берётся последний день месяца: ${f.date(p.target)}`
      : `То же число следующего месяца: ${f.date(p.target)}`,
  'deadline.movedToWorkingDay': (p, f) =>
    `${f.date(p.from)} — ${dayOff(p.reason, f)}; срок переносится на ближайший рабочий день: ${f.date(p.to)}`,
  'deadline.due': (p, f) => `Срок: ${f.date(p.date)} — ${f.basis(p.basis)}`,
  'deadline.unconfirmedYear': (p) =>
    `Внимание: календарь на ${p.year} год ещё не утверждён — переносы выходных могут изменить срок`,
  'deadline.extension': (p, f) =>
    `Продление на ${p.workingDays} ${unitWords(p.workingDays, 'workingDays')} от прежнего срока ${f.date(p.from)}`,
  'deadline.clockStopped': (p, f) => `Срок приостановлен с ${f.date(p.since)}`,
  'deadline.clockResumed': (p, f) => `Срок возобновлён ${f.date(p.resumedOn)} (был приостановлен с ${f.date(p.since)})`,
  'deadline.redirected': (p, f) => `${f.date(p.date)}: направлено в компетентный орган (${p.toBodyId}); срок считается заново`,
  'deadline.reopened': (p, f) => `${f.date(p.date)}: совет признал ответ неполным — ответ возвращён, срок считается заново`,

  'obligation.state': (p) => OBLIGATION_STATE[p.state],
  'obligation.error.impossibleTransition': (p) =>
    `Нельзя «${OBLIGATION_EVENT[p.event]}»: сейчас «${OBLIGATION_STATE[p.from]}». ` +
    `Можно: ${p.allowed.length === 0 ? 'ничего — работа завершена' : p.allowed.map((e) => `«${OBLIGATION_EVENT[e]}»`).join(', ')}`,
  'obligation.error.clockAlreadyStopped': (p, f) => `Срок уже приостановлен с ${f.date(p.since)}`,
  'obligation.error.clockNotStopped': () => 'Срок не был приостановлен',
  'obligation.error.clockStopped': (p, f) => `Срок приостановлен с ${f.date(p.since)}, просрочки нет`,
  'obligation.error.notYetOverdue': (p, f) => `Срок ещё не истёк: ответ ожидается до ${f.date(p.due)} включительно`,
  'obligation.error.extensionAfterDue': (p, f) => `Продлить срок можно только до его истечения (${f.date(p.due)})`,
  'obligation.error.extensionExceedsLimit': (p) =>
    `Продление на ${p.requested} ${unitWords(p.requested, 'workingDays')} больше допустимого: осталось не более ${p.remaining} ${ruGenitive(p.remaining, 'рабочего дня', 'рабочих дней')}`,
  'obligation.error.dateBeforeLastEvent': (p, f) => `Дата ${f.date(p.date)} раньше последнего события (${f.date(p.last)})`,
  'obligation.error.invalidAmount': (p) => `Число дней должно быть целым и больше нуля (указано: ${p.amount})`,
  'obligation.error.sameAddressee': () => 'Документ уже направлен в этот орган',

  'ruleSet.problem': (p) => {
    const where = p.ruleCode === undefined ? 'Набор правил' : `Правило «${p.ruleCode}»`;
    const field = p.field === undefined ? '' : ` (${p.field})`;
    switch (p.problem) {
      case 'duplicateCode':
        return `${where}: указано дважды`;
      case 'kindMismatch':
        return `${where}: значение не того вида`;
      case 'invalidFraction':
        return `${where}: доля должна быть от 0 до 1${field}`;
      case 'sizeMinAboveMax':
        return `${where}: наименьшая численность больше наибольшей${field}`;
      case 'invalidSize':
        return `${where}: численность должна быть целым числом больше нуля${field}`;
      case 'invalidAmount':
        return `${where}: нужно целое неотрицательное число${field}`;
      case 'invalidDate':
        return `${where}: дата должна быть в виде ГГГГ-ММ-ДД${field}`;
      case 'invalidPeriod':
        return `${where}: окончание действия раньше начала${field}`;
      case 'qualifiedNotAboveHalf':
        return `${where}: квалифицированное большинство должно быть больше половины${field}`;
      case 'missingRequired':
        return `${where}: обязательное правило отсутствует`;
    }
  },
};
