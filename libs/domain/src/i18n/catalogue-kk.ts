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
import type { Catalogue, Formatter } from './catalogue';

// Kazakh puts no plural on a noun after a number, and suffixes are never glued to digits here,
// so that vowel harmony never depends on how a number is pronounced. To be reviewed by a native speaker.

const SUBJECT: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'Азаматтық қоғам өкілдері',
  stateLinked: 'Мемлекеттік органдар мен ұйымдардың өкілдері',
};

const SUBJECT_LOWER: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'азаматтық қоғам өкілдері',
  stateLinked: 'мемлекеттік органдар мен ұйымдардың өкілдері',
};

const SUBJECT_DATIVE: { readonly [S in ShareSubject]: string } = {
  civilSociety: 'азаматтық қоғам өкілдеріне',
  stateLinked: 'мемлекеттік органдар мен ұйымдардың өкілдеріне',
};

const LEVEL: { readonly [L in CouncilLevel]: string } = {
  republican: 'республикалық кеңес',
  local: 'жергілікті кеңес',
  quasiPublic: 'квазимемлекеттік сектор субъектісі жанындағы кеңес',
};

const LEVEL_PLURAL_DATIVE: { readonly [L in CouncilLevel]: string } = {
  republican: 'республикалық кеңестерге',
  local: 'жергілікті кеңестерге',
  quasiPublic: 'квазимемлекеттік сектордағы кеңестерге',
};

const LEVEL_PLURAL_LOCATIVE: { readonly [L in CouncilLevel]: string } = {
  republican: 'республикалық кеңестерде',
  local: 'жергілікті кеңестерде',
  quasiPublic: 'квазимемлекеттік сектордағы кеңестерде',
};

const CONFIDENCE: { readonly [C in Confidence]: string } = {
  C: '',
  S: ' (ресми хабарлама бойынша)',
  R: ' (қалыптасқан тәжірибе бойынша, тексеруді қажет етеді)',
};

const MEETING_STATE: { readonly [S in MeetingState]: string } = {
  draft: 'жоба',
  announced: 'хабарланды',
  inSession: 'отырыс жүріп жатыр',
  closed: 'отырыс жабылды',
  minutesApproved: 'хаттама бекітілді',
  published: 'жарияланды',
  cancelled: 'тоқтатылды',
};

const OBLIGATION_STATE: { readonly [S in ObligationState]: string } = {
  dispatched: 'жіберілді',
  received: 'алынды',
  answered: 'жауап берілді',
  overdue: 'мерзімі өтті',
  escalated: 'жоғары тұрған басшыға жіберілді',
  reopened: 'пысықтауға қайтарылды',
  closed: 'жабылды, жауап қабылданды',
};

const OBLIGATION_EVENT: { readonly [E in ObligationEventType]: string } = {
  receive: 'алынғанын белгілеу',
  answer: 'жауапты енгізу',
  markOverdue: 'мерзімі өткенін белгілеу',
  escalate: 'жоғары тұрған басшыға жіберу',
  assess: 'жауапты бағалау',
  stopClock: 'мерзімді тоқтата тұру',
  resumeClock: 'мерзімді қайта бастау',
  redirect: 'басқа органға жіберу',
  extend: 'мерзімді ұзарту',
};

const DOCUMENT_TYPE: { readonly [D in DeadlineDocumentType]: string } = {
  recommendation: 'қоғамдық кеңестің ұсынымы',
  budgetProgramme: 'бюджеттік бағдарлама, стратегиялық жоспар немесе бағдарлама жобасы бойынша ұсыным',
  publicControlFinalDocument: 'қоғамдық бақылаудың қорытынды құжаты',
  publicControlAnswer: 'қоғамдық бақылау объектісінің жауабы',
  citizenAppeal: 'азаматтың өтініші',
  minutesPublication: 'хаттаманы жариялау',
};

const RULE_NAME: { readonly [C in KnownRuleCode]: string } = {
  'composition.civilSocietyShare': 'Азаматтық қоғам өкілдерінің үлесі',
  'composition.size': 'Кеңес мүшелерінің саны',
  'composition.maxPerOrganisation': 'Бір ұйымның өкілдері',
  'composition.oneRepublicanCouncilPerPerson': 'Бір адам — бір республикалық кеңес',
  'composition.chairNotCivilServant': 'Төраға — мемлекеттік қызметші емес',
  'composition.consecutiveTerms': 'Қатарынан өкілеттік мерзімдері',
  'term.years': 'Құрамның өкілеттік мерзімі',
  'term.renewalLead': 'Жаңа құрамды қалыптастыруды бастау',
  'workingGroup.stateShare': 'Жұмыс тобындағы мемлекет өкілдерінің үлесі',
  'meetings.quorum': 'Кворум',
  'meetings.majority': 'Шешім қабылдау тәртібі',
  'meetings.frequency': 'Отырыстардың жиілігі',
  'meetings.notice': 'Отырыс туралы хабарлау',
  'obligations.escalation': 'Еске салу және жоғары тұрған органға жеткізу тәртібі',
  'obligations.clockStart': 'Жауап беру мерзімінің басталуы',
  'minutes.approval': 'Хаттаманы кім бекітеді',
  'publicity.informPopulation': 'Кеңестің жұмысы туралы халықты хабардар ету',
  'publicHearing.notice': 'Қоғамдық тыңдау туралы хабарлау',
  'publicControl.hearingNotice': 'Қоғамдық бақылау кезіндегі тыңдау туралы хабарлау',
  'deadline.recommendation': 'Ұсынымға жауап беру мерзімі',
  'deadline.budgetProgramme': 'Бюджеттік бағдарлама бойынша жауап беру мерзімі',
  'deadline.publicControlFinalDocument': 'Қорытынды құжатты жіберу мерзімі',
  'deadline.publicControlAnswer': 'Қоғамдық бақылау объектісінің жауап беру мерзімі',
  'deadline.citizenAppeal': 'Азаматтың өтінішіне жауап беру мерзімі',
  'deadline.minutesPublication': 'Хаттаманы жариялау мерзімі',
  'membership.absenceLimit': 'Отырыстарға дәлелсіз себеппен қатыспау',
};

function attributeLabel(a: DemographicAttribute): string {
  if (a.type === 'ageBelow') return `${a.years} жасқа толмаған мүшелер`;
  return a.gender === 'female' ? 'Әйелдер' : 'Ер адамдар';
}

function ruleNameByKind(code: string, value: RuleValue): string {
  switch (value.kind) {
    case 'share':
      return `Үлес: ${SUBJECT_LOWER[value.subject]}`;
    case 'demographicTarget':
      return `Құрам бойынша мақсат: ${attributeLabel(value.attribute).toLowerCase()}`;
    default:
      return code;
  }
}

const UNIT: { readonly [U in DeadlineUnit]: string } = {
  workingDays: 'жұмыс күні',
  calendarDays: 'күнтізбелік күн',
  months: 'ай',
};

function dayOff(r: DayOffReason, f: Formatter): string {
  switch (r.kind) {
    case 'weekend':
      return 'демалыс күні';
    case 'holiday':
      return r.onWeekend ? `«${f.text(r.name)}» мерекесі, демалыс күніне түсті` : `«${f.text(r.name)}» мерекесі`;
    case 'carriedOver':
      return `«${f.text(r.name)}» мерекесі (${f.date(r.holidayDate)}) үшін ауыстырылған демалыс күні`;
    case 'extraDayOff':
      return `қосымша демалыс күні: ${f.text(r.reason)}`;
  }
}

const people = (n: number): string => `${n} адам`;

export const kk: Catalogue = {
  text: (p, f) => f.text(p.text),
  basis: ({ basis: b }) =>
    [
      b.act.short.kk,
      b.article === undefined ? '' : `, ${b.article}-бап`,
      b.paragraph === undefined ? '' : `, ${b.paragraph}-тармақ`,
      b.subparagraph === undefined ? '' : `, ${b.subparagraph}-тармақша`,
      CONFIDENCE[b.confidence],
    ].join(''),
  'rule.name': (p) =>
    Object.prototype.hasOwnProperty.call(RULE_NAME, p.code)
      ? RULE_NAME[p.code as KnownRuleCode]
      : ruleNameByKind(p.code, p.value),
  'check.status': (p) =>
    ({ pass: 'сәйкес', fail: 'сәйкес емес', warning: 'назар аударыңыз', notApplicable: 'тексерілмейді' })[p.status],

  'composition.share': (p, f) =>
    `${p.population === 'workingGroup' ? 'Жұмыс тобы. ' : ''}${SUBJECT[p.subject]}: ${p.total} мүшеден ${p.count} (${f.pct(p.count, p.total)}), ` +
    `${p.comparison === 'atLeast' ? `кемінде ${p.limit} болуы керек` : `ең көбі ${p.limit} болуы мүмкін`} (${p.numerator}/${p.denominator}) — ${f.basis(p.basis)}`,
  'composition.share.empty': (p, f) =>
    `${p.population === 'workingGroup' ? 'Жұмыс тобында' : 'Кеңесте'} бірде-бір мүше жоқ — үлесті есептеу мүмкін емес (${f.basis(p.basis)})`,
  'composition.share.supervisedNote': (p, f) =>
    `Мемлекеттік орган жетекшілік ететін орындарды (мысалы, Қазақстан халқы Ассамблеясынан; мұндай орын саны: ${p.supervised}) қоса есептегенде, ` +
    `мемлекет өкілдері — ${p.total} мүшеден ${p.stateLinkedWithSupervised} (${f.pct(p.stateLinkedWithSupervised, p.total)})`,
  'remedy.share.replace': (p) =>
    `Не істеу керек: ${SUBJECT_LOWER[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} қатарынан ${people(p.replace)} ${SUBJECT_DATIVE[p.good]} ауыстыру`,
  'remedy.share.replaceOrAdd': (p) =>
    `Не істеу керек: ${SUBJECT_LOWER[p.good === 'civilSociety' ? 'stateLinked' : 'civilSociety']} қатарынан ${people(p.replace)} ${SUBJECT_DATIVE[p.good]} ауыстыру ` +
    `немесе ${SUBJECT_LOWER[p.good]} қатарынан ${people(p.add)} қосу`,

  'composition.size': (p, f) =>
    `Кеңес мүшелерінің саны: ${p.count}; ${LEVEL[p.level]} үшін ${p.min}–${p.max} мүше болуы керек — ${f.basis(p.basis)}`,
  'composition.size.notConfigured': (p, f) =>
    `Кеңес мүшелерінің саны: ${p.count}; ${LEVEL[p.level]} үшін мүше саны белгіленбеген — оны уәкілетті орган ұсынады (${f.basis(p.basis)})`,
  'remedy.size.add': (p) => `Не істеу керек: ${people(p.add)} қосу`,
  'remedy.size.remove': (p) => `Не істеу керек: құрамды ${people(p.remove)} қысқарту`,

  'composition.maxPerOrganisation': (p, f) =>
    p.violations.length === 0
      ? `Әр ұйымнан ${p.max} мүшеден артық емес — ${f.basis(p.basis)}`
      : `Бір ұйымнан бірнеше мүше бар (${p.max} мүшеден артық болмауы керек): ` +
        `${p.violations.map((v) => `БСН ${v.bin} — ${people(v.count)}`).join('; ')} — ${f.basis(p.basis)}`,
  'remedy.maxPerOrganisation': (p) =>
    `Не істеу керек: әр ұйымнан ${p.max} мүшеден артық қалдырмау — ${people(p.replace)} ауыстыру`,

  'composition.chair': (p, f) =>
    ({
      ok: 'Төраға мемлекеттік қызметте емес',
      civilServant: 'Төраға мемлекеттік қызметте, ал төраға тек мемлекеттік қызметте емес кеңес мүшесі бола алады',
      none: 'Төраға әлі сайланбаған',
    })[p.state] + ` — ${f.basis(p.basis)}`,
  'remedy.chair': () => 'Не істеу керек: төрағалыққа мемлекеттік қызметте емес кеңес мүшесін сайлау',

  'composition.consecutiveTerms': (p, f) => {
    if (p.recorded === 0) {
      return `Мүшелердің өкілеттік мерзімдері көрсетілмеген — «қатарынан ${p.max} мерзімнен артық емес» ережесін тексеру мүмкін емес (${f.basis(p.basis)})`;
    }
    if (p.violators === 0) return `Ешкім кеңесте қатарынан ${p.max} мерзімнен артық отырған жоқ — ${f.basis(p.basis)}`;
    return `${people(p.violators)} кеңесте қатарынан ${p.max} мерзімнен артық отыр — ${f.basis(p.basis)}`;
  },
  'remedy.consecutiveTerms': (p) =>
    `Не істеу керек: кеңесте қатарынан ${p.max} мерзімнен артық отырған ${people(p.replace)} ауыстыру`,

  'composition.councilsPerPerson': (p, f) => {
    if (p.level !== p.councilLevel) return `Бұл шектеу тек ${LEVEL_PLURAL_DATIVE[p.level]} қатысты`;
    if (p.violators === 0) {
      return `Мүшелердің ешқайсысы басқа ${LEVEL_PLURAL_LOCATIVE[p.level]} рұқсат етілгеннен артық отырмайды (бір адамға ${p.max} кеңестен артық емес) — ${f.basis(p.basis)}`;
    }
    return `${people(p.violators)} басқа ${LEVEL_PLURAL_LOCATIVE[p.level]} де отыр, ал бір адамға ${p.max} кеңестен артық болмауы керек — ${f.basis(p.basis)}`;
  },
  'remedy.councilsPerPerson': (p) => `Не істеу керек: мұндай мүшелер бір кеңесті таңдауы керек — ${people(p.replace)} ауыстыру`,

  'composition.demographic': (p, f) =>
    `${attributeLabel(p.attribute)}: ${p.total} мүшеден ${p.count} (${f.pct(p.count, p.total)}), ` +
    `мақсат — ${p.comparison === 'atLeast' ? 'кемінде' : 'ең көбі'} ${p.limit} (${f.pct(p.numerator, p.denominator)})` +
    `${p.unknown > 0 ? `; ${people(p.unknown)} туралы дерек жоқ` : ''} — ${f.basis(p.basis)}`,
  'remedy.demographic': (p) =>
    p.comparison === 'atLeast'
      ? `Мақсатқа жету үшін «${attributeLabel(p.attribute)}» тобынан тағы ${people(p.change)} керек`
      : `Мақсатқа жету үшін «${attributeLabel(p.attribute)}» тобы ${people(p.change)} азаюы керек`,

  'meetings.quorum': (p, f) =>
    `${p.reached ? 'Кворум бар' : 'Кворум жоқ'}: ${p.total} мүшеден ${p.present} қатысуда, кемінде ${p.required} керек — ${f.basis(p.basis)}`,
  'meetings.vote': (p, f) => {
    const counts = `қолдайды — ${p.for}, қарсы — ${p.against}, қалыс қалды — ${p.abstain}`;
    const need = `кемінде ${p.required} «қолдайды» дауысы керек`;
    const b = f.basis(p.basis);
    switch (p.reason) {
      case 'adopted':
        return `Шешім қабылданды: ${counts}; ${need} — ${b}`;
      case 'notAdopted':
        return `Шешім қабылданбады: ${counts}; ${need} — ${b}`;
      case 'tieChairFor':
        return `Шешім қабылданды: дауыстар тең бөлінді (${counts}), төрағаның шешуші дауысы — «қолдайды» — ${b}`;
      case 'tieChairAgainst':
        return `Шешім қабылданбады: дауыстар тең бөлінді (${counts}), төрағаның шешуші дауысы — «қарсы» — ${b}`;
      case 'tieNoChairVote':
        return `Шешім қабылданбады: дауыстар тең бөлінді (${counts}), ал төраға дауыс берген жоқ — ${b}`;
      case 'tieFails':
        return `Шешім қабылданбады: дауыстар тең бөлінді (${counts}) — ${b}`;
      case 'noQuorum':
        return 'Шешім қабылданбады: кворум жоқ';
      case 'invalidCounts':
        return 'Дауыстар қате есептелген: дауыстар қатысушылардан көп немесе қатысушылар мүшелерден көп. Есептеуді тексеріңіз';
    }
  },
  'meetings.notice': (p, f) =>
    `${p.ok ? 'Хабарлау мерзімі сақталды' : 'Хабарлау мерзімі тым қысқа'}: отырысқа дейін ${p.given} ${p.unit === 'workingDays' ? 'жұмыс күні' : 'күнтізбелік күн'}, кемінде ${p.required} керек — ${f.basis(p.basis)}`,
  'meetings.frequencyStatus': (p, f) => {
    const what = p.period === 'quarter' ? 'тоқсан' : 'жыл';
    switch (p.status) {
      case 'behind':
        return `Кеңес кешігіп отыр: өткен ${what} ішінде ${p.previousCount} отырыс өтті, ал кемінде ${p.required} керек. Отырыс тағайындаңыз — ${f.basis(p.basis)}`;
      case 'due':
        return `Осы ${what} ішінде әлі отырыс жоқ: ${f.date(p.periodEnd)} дейін кемінде ${p.required} керек — ${f.basis(p.basis)}`;
      case 'ok':
        return `Жиілік сақталды: осы ${what} ішінде ${p.count} отырыс, кемінде ${p.required} керек — ${f.basis(p.basis)}`;
    }
  },
  'meeting.state': (p) => MEETING_STATE[p.state],
  'meeting.transitionRefused': (p) =>
    `Отырысты «${MEETING_STATE[p.from]}» күйінен «${MEETING_STATE[p.to]}» күйіне ауыстыру мүмкін емес. ` +
    `Мүмкін: ${p.allowed.length === 0 ? 'ештеңе — бұл соңғы күй' : p.allowed.map((s) => `«${MEETING_STATE[s]}»`).join(', ')}`,

  dayOff: (p, f) => dayOff(p.reason, f),
  documentType: (p) => DOCUMENT_TYPE[p.documentType],
  'deadline.start': (p, f) => `Мерзім ${f.date(p.date)} бастап есептеледі (${DOCUMENT_TYPE[p.documentType]}); бұл күннің өзі есепке кірмейді`,
  'deadline.add': (p) => `+${p.amount} ${UNIT[p.unit]}`,
  'deadline.skipped': (p, f) => `Есепке кірмеді: ${f.dates(p.dates)} — ${dayOff(p.reason, f)}`,
  'deadline.monthTarget': (p, f) =>
    p.clamped
      ? `Ол айда мұндай күн жоқ — айдың соңғы күні алынады: ${f.date(p.target)}`
      : `Келесі айдың сол күні: ${f.date(p.target)}`,
  'deadline.movedToWorkingDay': (p, f) =>
    `${f.date(p.from)} — ${dayOff(p.reason, f)}; мерзім келесі жұмыс күніне ауыстырылады: ${f.date(p.to)}`,
  'deadline.due': (p, f) => `Мерзімі: ${f.date(p.date)} — ${f.basis(p.basis)}`,
  'deadline.unconfirmedYear': (p) =>
    `Назар аударыңыз: ${p.year} жылғы күнтізбе әлі бекітілмеген — демалыс күндерінің ауысуы мерзімді өзгертуі мүмкін`,
  'deadline.extension': (p, f) => `Мерзім бұрынғы мерзімнен (${f.date(p.from)}) бастап ${p.workingDays} жұмыс күніне ұзартылды`,
  'deadline.clockStopped': (p, f) => `Мерзім ${f.date(p.since)} бастап тоқтатыла тұрды`,
  'deadline.clockResumed': (p, f) => `Мерзім ${f.date(p.resumedOn)} қайта басталды (${f.date(p.since)} бастап тоқтатылған еді)`,
  'deadline.redirected': (p, f) => `${f.date(p.date)}: құзыретті органға (${p.toBodyId}) жіберілді; мерзім қайта есептеледі`,
  'deadline.reopened': (p, f) => `${f.date(p.date)}: кеңес жауапты толық емес деп таныды — жауап қайтарылды, мерзім қайта есептеледі`,

  'obligation.state': (p) => OBLIGATION_STATE[p.state],
  'obligation.error.impossibleTransition': (p) =>
    `«${OBLIGATION_EVENT[p.event]}» мүмкін емес: қазір «${OBLIGATION_STATE[p.from]}». ` +
    `Мүмкін әрекеттер: ${p.allowed.length === 0 ? 'жоқ — жұмыс аяқталды' : p.allowed.map((e) => `«${OBLIGATION_EVENT[e]}»`).join(', ')}`,
  'obligation.error.clockAlreadyStopped': (p, f) => `Мерзім ${f.date(p.since)} бастап тоқтатылған`,
  'obligation.error.clockNotStopped': () => 'Мерзім тоқтатылмаған',
  'obligation.error.clockStopped': (p, f) => `Мерзім ${f.date(p.since)} бастап тоқтатылған, мерзімі өткен жоқ`,
  'obligation.error.notYetOverdue': (p, f) => `Мерзім әлі өтпеген: жауап ${f.date(p.due)} қоса алғанда күтіледі`,
  'obligation.error.extensionAfterDue': (p, f) => `Мерзімді тек ол өткенге дейін (${f.date(p.due)}) ұзартуға болады`,
  'obligation.error.extensionExceedsLimit': (p) =>
    `${p.requested} жұмыс күніне ұзарту рұқсат етілгеннен асады: ${p.remaining} жұмыс күнінен артық қалған жоқ`,
  'obligation.error.dateBeforeLastEvent': (p, f) => `${f.date(p.date)} күні соңғы оқиғадан (${f.date(p.last)}) ерте`,
  'obligation.error.invalidAmount': (p) => `Күн саны бүтін және нөлден үлкен болуы керек (көрсетілгені: ${p.amount})`,
  'obligation.error.sameAddressee': () => 'Құжат осы органға бұрыннан жіберілген',

  'ruleSet.problem': (p) => {
    const where = p.ruleCode === undefined ? 'Ережелер жиынтығы' : `«${p.ruleCode}» ережесі`;
    const field = p.field === undefined ? '' : ` (${p.field})`;
    switch (p.problem) {
      case 'duplicateCode':
        return `${where}: екі рет көрсетілген`;
      case 'kindMismatch':
        return `${where}: мәннің түрі сәйкес емес`;
      case 'invalidFraction':
        return `${where}: үлес 0 мен 1 аралығында болуы керек${field}`;
      case 'sizeMinAboveMax':
        return `${where}: ең аз саны ең көп санынан үлкен${field}`;
      case 'invalidSize':
        return `${where}: мүше саны нөлден үлкен бүтін сан болуы керек${field}`;
      case 'invalidAmount':
        return `${where}: теріс емес бүтін сан керек${field}`;
      case 'invalidDate':
        return `${where}: күн ЖЖЖЖ-АА-КК түрінде болуы керек${field}`;
      case 'invalidPeriod':
        return `${where}: қолданылу мерзімінің соңы басынан ерте${field}`;
      case 'qualifiedNotAboveHalf':
        return `${where}: білікті көпшілік жартысынан көп болуы керек${field}`;
      case 'missingRequired':
        return `${where}: міндетті ереже жоқ`;
    }
  },
};
