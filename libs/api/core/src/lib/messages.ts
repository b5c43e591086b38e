import type { Locale } from './locale';
import { MEETING_MESSAGES } from './messages-meetings';
import { OBLIGATION_MESSAGES } from './messages-obligations';
import { FOLLOW_MESSAGES } from './messages-follow';
import { MINUTES_MESSAGES } from './messages-minutes';

/**
 * Messages the API itself speaks (errors that are not about the law). Rule messages live in
 * `@kenes/domain`. Kazakh and Russian are the first languages of every user.
 */
export const API_MESSAGES = {
  'error.internal': {
    kk: 'Сервер сұрауды орындай алмады. Кейінірек қайталап көріңіз.',
    ru: 'Сервер не смог выполнить запрос. Попробуйте ещё раз позже.',
    en: 'The server could not complete the request. Please try again later.',
  },
  'error.notFound': {
    kk: '{entity} табылмады.',
    ru: '{entity}: запись не найдена.',
    en: '{entity} not found.',
  },
  'error.badInput': {
    kk: 'Енгізілген деректерді тексеріңіз.',
    ru: 'Проверьте введённые данные.',
    en: 'Please check the data you entered.',
  },
  'error.unauthenticated': {
    kk: 'Жүйеге кіріңіз.',
    ru: 'Войдите в систему.',
    en: 'Please sign in.',
  },
  'error.forbidden': {
    kk: 'Бұл әрекетке құқығыңыз жоқ.',
    ru: 'У вас нет прав на это действие.',
    en: 'You are not allowed to do this.',
  },
  'error.conflict': {
    kk: 'Деректер басқа пайдаланушымен өзгертілген немесе қайталанады.',
    ru: 'Данные уже изменены другим пользователем или повторяются.',
    en: 'The data was changed by someone else or already exists.',
  },
  'error.duplicate': {
    kk: '{field} мәні бұрыннан бар.',
    ru: 'Значение поля «{field}» уже используется.',
    en: 'The value of {field} is already in use.',
  },
  'error.queryTooComplex': {
    kk: 'Сұрау тым күрделі ({cost} > {max}).',
    ru: 'Запрос слишком сложный ({cost} > {max}).',
    en: 'The query is too complex ({cost} > {max}).',
  },
  'error.queryTooDeep': {
    kk: 'Сұрау тым терең ({depth} > {max}).',
    ru: 'Запрос слишком глубокий ({depth} > {max}).',
    en: 'The query is too deep ({depth} > {max}).',
  },
  'validation.required': {
    kk: 'Міндетті өріс.',
    ru: 'Обязательное поле.',
    en: 'Required.',
  },
  'validation.maxLength': {
    kk: 'Ең көбі {max} таңба.',
    ru: 'Не более {max} символов.',
    en: 'At most {max} characters.',
  },
  'validation.invalid': {
    kk: 'Мән дұрыс емес.',
    ru: 'Недопустимое значение.',
    en: 'Invalid value.',
  },
  'validation.pageSize': {
    kk: 'Бет өлшемі 1-ден {max}-ге дейін.',
    ru: 'Размер страницы от 1 до {max}.',
    en: 'Page size must be from 1 to {max}.',
  },
  'error.tooManyRequests': {
    kk: 'Тым көп сәтсіз әрекет. {minutes} минуттан кейін қайталаңыз.',
    ru: 'Слишком много неудачных попыток. Повторите через {minutes} мин.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  'auth.badCredentials': {
    kk: 'Электрондық пошта немесе құпиясөз қате.',
    ru: 'Неверный адрес электронной почты или пароль.',
    en: 'Wrong e-mail or password.',
  },
  'auth.tokenInvalid': {
    kk: 'Сілтеме жарамсыз немесе мерзімі өткен. Жаңасын сұраңыз.',
    ru: 'Ссылка недействительна или устарела. Запросите новую.',
    en: 'This link is invalid or has expired. Ask for a new one.',
  },
  'auth.roleNotGrantable': {
    kk: 'Бұл рөлді бұл жерде беруге құқығыңыз жоқ.',
    ru: 'Вы не можете назначить эту роль здесь.',
    en: 'You cannot give this role here.',
  },
  'auth.scopeRequired': {
    kk: 'Кеңесті, органды немесе аумақты таңдаңыз.',
    ru: 'Выберите совет, орган или территорию.',
    en: 'Choose a council, body or area.',
  },
  'validation.minLength': {
    kk: 'Кемінде {min} таңба.',
    ru: 'Не менее {min} символов.',
    en: 'At least {min} characters.',
  },
  'validation.email': {
    kk: 'Электрондық пошта мекенжайын тексеріңіз.',
    ru: 'Проверьте адрес электронной почты.',
    en: 'Please check the e-mail address.',
  },
  'composition.ruleViolated': {
    kk: 'Бұл өзгеріс ережені бұзады: {rule}. {explanation}',
    ru: 'Это изменение нарушает правило: {rule}. {explanation}',
    en: 'This change would break a rule: {rule}. {explanation}',
  },
  'composition.alreadyMember': {
    kk: 'Бұл адам осы шақырылымның құрамында бұрыннан бар.',
    ru: 'Этот человек уже входит в состав этого созыва.',
    en: 'This person already sits in this convocation.',
  },
  'composition.membershipEnded': {
    kk: 'Мүшелік бұрын аяқталған; тарих өзгертілмейді.',
    ru: 'Членство уже прекращено; история не изменяется.',
    en: 'This membership has already ended; history is not rewritten.',
  },
  'composition.outsideConvocation': {
    kk: 'Күн шақырылым мерзімінен тыс ({startsOn} – {endsOn}).',
    ru: 'Дата вне срока полномочий созыва ({startsOn} – {endsOn}).',
    en: 'The date is outside the convocation ({startsOn} – {endsOn}).',
  },
  'composition.dateBeforeStart': {
    kk: 'Күн мүшелік басталған күннен ({startsOn}) ерте болмауы керек.',
    ru: 'Дата не может быть раньше начала членства ({startsOn}).',
    en: 'The date cannot be before the membership started ({startsOn}).',
  },
  'composition.convocationOverlap': {
    kk: 'Мерзімі №{number} шақырылыммен қиылысады.',
    ru: 'Срок пересекается с созывом № {number}.',
    en: 'The term overlaps convocation No. {number}.',
  },
  'composition.chairViaElection': {
    kk: 'Төрағаны мүшелер сайлайды: «Төрағаны сайлау» әрекетін қолданыңыз.',
    ru: 'Председателя избирают члены совета: используйте «Избрание председателя».',
    en: 'The chair is elected by the members: use "elect chair".',
  },
  'composition.secretaryNotElectable': {
    kk: 'Хатшы кеңес мүшесі емес, оны төраға етіп сайлауға болмайды.',
    ru: 'Секретарь не является членом совета и не может быть избран председателем.',
    en: 'The secretary is not a member and cannot be elected chair.',
  },
  'composition.sameCategory': {
    kk: 'Мүше бұрыннан осы санатта.',
    ru: 'Член совета уже относится к этой категории.',
    en: 'The member is already in this category.',
  },
  'composition.ruleSetInvalid': {
    kk: 'Ережелер жинағы дұрыс емес: {problems}',
    ru: 'Набор правил содержит ошибки: {problems}',
    en: 'The rule set is not valid: {problems}',
  },
  'composition.ruleSetBackdated': {
    kk: 'Жаңа нұсқа бүгіннен ({today}) ерте күшіне ене алмайды: өткен бағалаулар өзгермеуі керек.',
    ru: 'Новая версия не может вступать в силу раньше сегодняшнего дня ({today}): прошлые оценки не должны меняться.',
    en: 'A new version cannot take effect before today ({today}): past evaluations must not change.',
  },
  'composition.termTooLong': {
    kk: 'Шақырылым мерзімі ережелер жинағындағы өкілеттік мерзімінен ұзақ: ең кеші {max}.',
    ru: 'Срок созыва длиннее срока полномочий по набору правил: не позднее {max}.',
    en: 'The convocation is longer than the term in the rule set: {max} at the latest.',
  },
  'composition.ruleSetBinLimit': {
    kk: 'Дерекқор бір ұйымнан (БСН) {max} мүшеден артық рұқсат бермейді.',
    ru: 'База данных допускает не более {max} члена от одной организации (БИН).',
    en: 'The database allows at most {max} member per organisation (BIN).',
  },
  'composition.noRuleSet': {
    kk: 'Бұл күнге күшіндегі ережелер жинағы жоқ.',
    ru: 'На эту дату нет действующего набора правил.',
    en: 'No rule set is in force on this date.',
  },
  'validation.date': {
    kk: 'Күнді ЖЖЖЖ-АА-КК пішімінде енгізіңіз.',
    ru: 'Введите дату в формате ГГГГ-ММ-ДД.',
    en: 'Enter the date as YYYY-MM-DD.',
  },
  'files.empty': {
    kk: 'Файл бос.',
    ru: 'Файл пустой.',
    en: 'The file is empty.',
  },
  'files.tooLarge': {
    kk: 'Файл тым үлкен: ең көбі {max} МБ.',
    ru: 'Файл слишком большой: не более {max} МБ.',
    en: 'The file is too large: at most {max} MB.',
  },
  'files.unsupportedType': {
    kk: 'Бұл файл түрі қабылданбайды. Рұқсат етілген түрлер: {allowed}.',
    ru: 'Этот тип файла не принимается. Допустимые типы: {allowed}.',
    en: 'This type of file is not accepted. Accepted types: {allowed}.',
  },
  'files.extensionMismatch': {
    kk: 'Файлдың мазмұны ({detected}) оның кеңейтіміне ({extension}) сәйкес келмейді.',
    ru: 'Содержимое файла ({detected}) не соответствует его расширению ({extension}).',
    en: 'The content of the file ({detected}) does not match its extension ({extension}).',
  },
  'files.extensionMissing': {
    kk: 'Файл атауында кеңейтім жоқ: {expected} күтілген.',
    ru: 'У имени файла нет расширения: ожидается {expected}.',
    en: 'The file name has no extension: {expected} expected.',
  },
  'files.damaged': {
    kk: '{type} файлы зақымдалған немесе толық жүктелмеген.',
    ru: 'Файл {type} повреждён или загружен не полностью.',
    en: 'The {type} file is damaged or was not uploaded completely.',
  },
  'files.macros': {
    kk: 'Макростары бар құжаттар қабылданбайды. Құжатты макростарсыз DOCX ретінде сақтаңыз.',
    ru: 'Документы с макросами не принимаются. Сохраните документ как DOCX без макросов.',
    en: 'Documents with macros are not accepted. Save the document as DOCX without macros.',
  },
  'selection.wrongState': {
    kk: 'Конкурс «{state}» күйінде; бұл әрекет қазір мүмкін емес.',
    ru: 'Конкурс находится в состоянии «{state}»; это действие сейчас невозможно.',
    en: 'The competition is {state}; this cannot be done now.',
  },
  'selection.wrongStatus': {
    kk: 'Өтінім «{status}» күйінде; бұл әрекет мүмкін емес.',
    ru: 'Заявка в статусе «{status}»; это действие невозможно.',
    en: 'The application is {status}; this cannot be done.',
  },
  'selection.workingGroupRule': {
    kk: 'Жұмыс тобы ережені бұзады: {rule}. {explanation}',
    ru: 'Рабочая группа нарушит правило: {rule}. {explanation}',
    en: 'The working group would break a rule: {rule}. {explanation}',
  },
  'selection.emptyWorkingGroup': {
    kk: 'Конкурсты ашу үшін жұмыс тобы қажет.',
    ru: 'Чтобы открыть конкурс, нужна рабочая группа.',
    en: 'The competition needs a working group before it opens.',
  },
  'selection.headTaken': {
    kk: 'Жұмыс тобының басшысы бұрыннан бар.',
    ru: 'Руководитель рабочей группы уже есть.',
    en: 'The working group already has a head.',
  },
  'selection.headStateLinked': {
    kk: 'Басшы азаматтық қоғам мүшелерінен сайланады.',
    ru: 'Руководитель избирается из представителей гражданского общества.',
    en: 'The head is elected from the civil-society members.',
  },
  'selection.pendingApplications': {
    kk: 'Қаралмаған өтінімдер бар: {count}.',
    ru: 'Есть нерассмотренные заявки: {count}.',
    en: 'Some applications are not reviewed yet: {count}.',
  },
  'selection.reasonSelected': {
    kk: 'Орташа балл {average} ({count} баға), {rank}-орын: {seats} орынның біріне іріктелді.',
    ru: 'Средний балл {average} ({count} оценок), {rank}-е место: отобран(а) на одно из {seats} мест.',
    en: 'Average score {average} ({count} scores), rank {rank}: selected for one of {seats} seats.',
  },
  'selection.reasonReserve': {
    kk: 'Орташа балл {average} ({count} баға), {rank}-орын: резервтік тізімде {position}-орын.',
    ru: 'Средний балл {average} ({count} оценок), {rank}-е место: {position}-й в резервном списке.',
    en: 'Average score {average} ({count} scores), rank {rank}: number {position} on the reserve list.',
  },
  'selection.reasonNotSelected': {
    kk: 'Орташа балл {average} ({count} баға), {rank}-орын: іріктелмеді.',
    ru: 'Средний балл {average} ({count} оценок), {rank}-е место: не отобран(а).',
    en: 'Average score {average} ({count} scores), rank {rank}: not selected.',
  },
  'selection.reasonNotScored': {
    kk: 'Жұмыс тобы бағаламады: іріктелмеді.',
    ru: 'Рабочая группа не выставила оценок: не отобран(а).',
    en: 'The working group gave no scores: not selected.',
  },
  'selection.reserveEmpty': {
    kk: 'Резервтік тізімде ешкім қалмады: қосымша конкурс өткізу керек.',
    ru: 'В резервном списке никого не осталось: нужен дополнительный конкурс.',
    en: 'Nobody is left on the reserve list: an additional competition is needed.',
  },
  'population.sumNot100': {
    kk: 'Жас топтарының үлесі {sum}% құрайды, 100% болуы керек.',
    ru: 'Доли возрастных групп в сумме дают {sum}%, а должны 100%.',
    en: 'The age bands add up to {sum}%, not 100%.',
  },
  'population.bandsMismatch': {
    kk: 'Әр жас тобын бір рет көрсетіңіз: 18-34, 35-49, 50-64, 65+.',
    ru: 'Укажите каждую возрастную группу один раз: 18-34, 35-49, 50-64, 65+.',
    en: 'Give each age band once: 18-34, 35-49, 50-64, 65+.',
  },
  'entity.populationReference': { kk: 'Халық туралы деректер', ru: 'Данные о населении', en: 'Population reference' },
  'entity.competition': { kk: 'Конкурс', ru: 'Конкурс', en: 'Competition' },
  'entity.application': { kk: 'Өтінім', ru: 'Заявка', en: 'Application' },
  'entity.workingGroupMember': { kk: 'Жұмыс тобының мүшесі', ru: 'Член рабочей группы', en: 'Working-group member' },
  'entity.convocation': { kk: 'Шақырылым', ru: 'Созыв', en: 'Convocation' },
  'entity.membership': { kk: 'Мүшелік', ru: 'Членство', en: 'Membership' },
  'entity.person': { kk: 'Адам', ru: 'Человек', en: 'Person' },
  'entity.affiliationCategory': { kk: 'Өкілдік санаты', ru: 'Категория представительства', en: 'Affiliation category' },
  'entity.ruleSet': { kk: 'Ережелер жинағы', ru: 'Набор правил', en: 'Rule set' },
  'entity.user': { kk: 'Пайдаланушы', ru: 'Пользователь', en: 'User' },
  'entity.grant': { kk: 'Рөл', ru: 'Роль', en: 'Role' },
  'entity.session': { kk: 'Сеанс', ru: 'Сеанс', en: 'Session' },
  'entity.council': { kk: 'Қоғамдық кеңес', ru: 'Общественный совет', en: 'Public council' },
  'entity.jurisdiction': { kk: 'Әкімшілік бірлік', ru: 'Административная единица', en: 'Jurisdiction' },
  'entity.stateBody': { kk: 'Мемлекеттік орган', ru: 'Государственный орган', en: 'State body' },
  ...MEETING_MESSAGES,
  ...OBLIGATION_MESSAGES,
  ...FOLLOW_MESSAGES,
  ...MINUTES_MESSAGES,
} as const satisfies Record<string, Record<Locale, string>>;

export type ApiMessageKey = keyof typeof API_MESSAGES;

export function isApiMessageKey(key: string): key is ApiMessageKey {
  return Object.prototype.hasOwnProperty.call(API_MESSAGES, key);
}

/** Fills `{name}` placeholders; a parameter that is itself a message key is translated too. */
export function translate(key: ApiMessageKey, params: Record<string, string | number> | undefined, locale: Locale): string {
  const template: string = API_MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'string' && isApiMessageKey(value) ? API_MESSAGES[value][locale] : String(value);
  });
}
