import type { Dictionary } from '@kenes/ui';

/**
 * "What this council did", in plain words: short sentences a reader who has never heard of a
 * public council can follow. `{n|…}` picks the word that agrees with the number (see I18n.t).
 */
/** The council page's link to this page (its only words there). */
export const ACTIVITY_LINK: Dictionary = {
  'act.link': { kk: 'Кеңес не істеді — қарапайым тілмен', ru: 'Что сделал совет — простыми словами', en: 'What the council did, in plain words' },
};

export const ACTIVITY_MESSAGES: Dictionary = {
  ...ACTIVITY_LINK,
  'act.title': { kk: 'Кеңес {year} жылы не істеді', ru: 'Что сделал совет в {year} году', en: 'What the council did in {year}' },
  'act.intro': {
    kk: 'Мұнда кеңестің жарияланған жазбаларынан есептелген қысқаша мәлімет берілген. Әр сөйлемнің артында нақты құжат бар — сілтемені басыңыз.',
    ru: 'Здесь коротко пересказано то, что записано в открытых документах совета. За каждой фразой — настоящий документ: нажмите на ссылку, чтобы его открыть.',
    en: 'A short retelling of what the council’s public record says. Every sentence stands on a real document: follow the link to open it.',
  },
  'act.back': { kk: 'Кеңес бетіне оралу', ru: 'К странице совета', en: 'Back to the council' },
  'act.years': { kk: 'Басқа жылдар', ru: 'Другие годы', en: 'Other years' },
  'act.counted': { kk: '{date} күнгі жағдай бойынша есептелді', ru: 'Посчитано на {date}', en: 'Counted on {date}' },

  'act.meetingsTitle': { kk: 'Отырыстар', ru: 'Заседания', en: 'Meetings' },
  'act.held': {
    kk: 'Кеңес {n} отырыс өткізді.',
    ru: 'Совет провёл {n} {n|заседание|заседания|заседаний}.',
    en: 'The council held {n} {n|meeting|meetings}.',
  },
  'act.heldNone': { kk: 'Бұл жылы кеңес бірде-бір отырыс өткізген жоқ.', ru: 'В этом году совет не провёл ни одного заседания.', en: 'The council held no meeting this year.' },
  'act.scheduled': {
    kk: 'Тағы {n} отырыс белгіленді.',
    ru: 'Ещё {n} {n|заседание назначено|заседания назначены|заседаний назначено}.',
    en: '{n} more {n|meeting is|meetings are} scheduled.',
  },
  'act.ruleQuarter': {
    kk: 'Заң бойынша кеңес әр тоқсанда кемінде {min} рет жиналуы керек.',
    ru: 'По закону совет должен собираться не реже {min} {min|раза|раз|раз} в квартал.',
    en: 'By law the council must meet at least {min} {min|time|times} a quarter.',
  },
  'act.ruleYear': {
    kk: 'Заң бойынша кеңес жылына кемінде {min} рет жиналуы керек.',
    ru: 'По закону совет должен собираться не реже {min} {min|раза|раз|раз} в год.',
    en: 'By law the council must meet at least {min} {min|time|times} a year.',
  },
  'act.basis': { kk: 'Негізі: {basis}', ru: 'Основание: {basis}', en: 'Legal basis: {basis}' },
  'act.quarter': { kk: '{n}-тоқсан', ru: '{n}-й квартал', en: 'Quarter {n}' },
  'act.wholeYear': { kk: 'Жыл бойы', ru: 'За год', en: 'The year' },
  'act.periodHeld': { kk: '{n} отырыс', ru: '{n} {n|заседание|заседания|заседаний}', en: '{n} {n|meeting|meetings}' },
  'act.period.met': { kk: 'талап орындалды', ru: 'требование выполнено', en: 'requirement met' },
  'act.period.missed': { kk: 'талап орындалмады', ru: 'требование не выполнено', en: 'requirement not met' },
  'act.period.open': { kk: 'әлі жалғасуда', ru: 'ещё идёт', en: 'still under way' },
  'act.period.future': { kk: 'әлі басталған жоқ', ru: 'ещё не начался', en: 'not begun yet' },
  'act.missedQuarters': {
    kk: '{n} тоқсанда кеңес заң талап еткендей жиналмады.',
    ru: 'В {n} {n|квартале|кварталах|кварталах} совет не собирался так часто, как требует закон.',
    en: 'In {n} {n|quarter|quarters} the council did not meet as often as the law requires.',
  },
  'act.meeting': { kk: '№ {n} отырыс, {date}', ru: 'Заседание № {n}, {date}', en: 'Meeting No. {n}, {date}' },
  'act.meetingQuestions': { kk: '{n} мәселе', ru: '{n} {n|вопрос|вопроса|вопросов}', en: '{n} {n|question|questions}' },
  'act.upcoming': { kk: 'алда', ru: 'предстоит', en: 'upcoming' },
  'act.minutes': { kk: 'хаттама', ru: 'протокол', en: 'minutes' },
  'act.noMinutes': { kk: 'хаттама әлі жарияланған жоқ', ru: 'протокол ещё не опубликован', en: 'minutes not published yet' },
  'act.minutesCount': {
    kk: '{held} отырыстың {n} хаттамасы жарияланды.',
    ru: 'Протоколы опубликованы для {n} из {held} {held|заседания|заседаний|заседаний}.',
    en: 'Minutes are published for {n} of {held} {held|meeting|meetings}.',
  },

  'act.questionsTitle': { kk: 'Қаралған мәселелер', ru: 'Какие вопросы рассмотрели', en: 'Questions discussed' },
  'act.questions': {
    kk: 'Отырыстарда кеңес {n} мәселені қарады:',
    ru: 'На заседаниях совет рассмотрел {n} {n|вопрос|вопроса|вопросов}:',
    en: 'At its meetings the council discussed {n} {n|question|questions}:',
  },
  'act.questionsNone': { kk: 'Әзірге қаралған мәселе жоқ.', ru: 'Рассмотренных вопросов пока нет.', en: 'No question has been discussed yet.' },
  'act.atMeeting': { kk: '№ {n} отырыс', ru: 'заседание № {n}', en: 'meeting No. {n}' },

  'act.recsTitle': { kk: 'Мемлекеттік органдарға ұсынымдар', ru: 'Рекомендации государственным органам', en: 'Recommendations to state bodies' },
  'act.recsExplain': {
    kk: 'Ұсыным — кеңестің мемлекеттік органға жазбаша өтініші. Орган оған заңда белгіленген мерзімде дәлелді жауап беруге міндетті.',
    ru: 'Рекомендация — это письменное предложение совета государственному органу. Орган обязан ответить на неё по существу в срок, установленный законом.',
    en: 'A recommendation is the council’s written proposal to a state body. The body must give a reasoned answer within the time the law sets.',
  },
  'act.recs': {
    kk: 'Кеңес {n} ұсыным қабылдады:',
    ru: 'Совет принял {n} {n|рекомендацию|рекомендации|рекомендаций}:',
    en: 'The council adopted {n} {n|recommendation|recommendations}:',
  },
  'act.recsNone': { kk: 'Бұл жылы кеңес ұсыным қабылдаған жоқ.', ru: 'В этом году совет не принимал рекомендаций.', en: 'The council adopted no recommendation this year.' },
  'act.rec': { kk: '№ {n} ұсыным', ru: 'Рекомендация № {n}', en: 'Recommendation No. {n}' },
  'act.progress.overdue': { kk: 'жауап мерзімі өтіп кетті', ru: 'срок ответа прошёл, ответа нет', en: 'the answer is overdue' },
  'act.progress.waiting': { kk: 'жауап күтілуде', ru: 'ответ ещё ждут', en: 'the answer is awaited' },
  'act.progress.waitingUntil': { kk: 'жауап {date} дейін күтілуде', ru: 'ответ ждут до {date}', en: 'the answer is due by {date}' },
  'act.progress.answeredLate': { kk: 'жауап кешігіп берілді', ru: 'ответили с опозданием', en: 'answered late' },
  'act.progress.answeredOnTime': { kk: 'уақытында жауап берілді', ru: 'ответили вовремя', en: 'answered on time' },
  'act.progress.noAddressee': { kk: 'мемлекеттік органға жіберілмеген', ru: 'не направлялась органам', en: 'not sent to a body' },
  'act.recPromises': {
    kk: '{n} міндеттеменің {done} орындалды',
    ru: 'выполнено {done} из {n} {n|обещания|обещаний|обещаний}',
    en: '{done} of {n} {n|promise|promises} kept',
  },

  'act.answersTitle': { kk: 'Органдар қалай жауап берді', ru: 'Как ответили органы', en: 'How the bodies answered' },
  'act.answers': {
    kk: 'Ұсынымдар бойынша органдар {total} жауап беруі тиіс.',
    ru: 'По этим рекомендациям органы должны дать {total} {total|ответ|ответа|ответов}.',
    en: 'On these recommendations the bodies owe {total} {total|answer|answers}.',
  },
  'act.onTime': { kk: 'Уақытында: {n}', ru: 'Вовремя: {n}', en: 'On time: {n}' },
  'act.late': { kk: 'Кешігіп: {n}', ru: 'С опозданием: {n}', en: 'Late: {n}' },
  'act.overdue': { kk: 'Мерзімі өтті, жауап жоқ: {n}', ru: 'Срок прошёл, ответа нет: {n}', en: 'Overdue, no answer: {n}' },
  'act.open': { kk: 'Мерзімі әлі өтпеді: {n}', ru: 'Срок ещё не наступил: {n}', en: 'Not yet due: {n}' },
  'act.promises': {
    kk: 'Органдар {n} іс-шара жасауға уәде берді: {done} орындалды, {overdue} мерзімі өтті.',
    ru: 'Органы пообещали {n} {n|действие|действия|действий}: выполнено {done}, просрочено {overdue}.',
    en: 'The bodies promised {n} {n|action|actions}: {done} done, {overdue} overdue.',
  },
  'act.promisesNone': { kk: 'Органдар әзірге ештеңе уәде еткен жоқ.', ru: 'Обещаний органов пока нет.', en: 'The bodies have promised nothing yet.' },

  // The composition is today's, whatever year the page tells: the title says so.
  'act.compositionTitle': { kk: 'Кеңестің қазіргі құрамы', ru: 'Кто сейчас входит в совет', en: 'Who sits on the council now' },
  'act.composition': {
    kk: 'Кеңесте {total} мүше бар: азаматтық қоғамнан — {civil}, мемлекетке байланыстылар — {state}.',
    ru: 'В совете {total} {total|член|члена|членов}: от гражданского общества — {civil}, связанных с государством — {state}.',
    en: 'The council has {total} {total|member|members}: {civil} from civil society, {state} linked to the state.',
  },
  'act.compositionLink': { kk: 'Құрамы және ережелер', ru: 'Состав и правила', en: 'Members and rules' },

  'act.reportTitle': { kk: 'Жылдық есеп', ru: 'Ежегодный отчёт', en: 'Annual report' },
  'act.report': { kk: '{year} жылғы жылдық есепті оқу', ru: 'Прочитать ежегодный отчёт за {year} год', en: 'Read the annual report for {year}' },
  'act.noReport': { kk: 'Бұл жылдың жылдық есебі әлі жарияланған жоқ.', ru: 'Ежегодный отчёт за этот год ещё не опубликован.', en: 'The annual report for this year is not published yet.' },
};
