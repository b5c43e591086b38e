/** Messages of the minutes and annual report capability, merged into API_MESSAGES. */
export const MINUTES_MESSAGES = {
  'entity.minutes': { kk: 'Хаттама', ru: 'Протокол', en: 'Minutes' },
  'entity.minutesCorrection': { kk: 'Хаттаманы түзету ұсынысы', ru: 'Предложение исправить протокол', en: 'Proposed correction of the minutes' },
  'entity.annualReport': { kk: 'Жылдық есеп', ru: 'Ежегодный отчёт', en: 'Annual report' },
  'minutes.locked': {
    kk: 'Жарияланған хаттаманы өзгертуге болмайды: түзету тек жаңа жарияланған нұсқа ретінде енгізіледі.',
    ru: 'Опубликованный протокол изменить нельзя: исправление вносится только новой опубликованной редакцией.',
    en: 'Published minutes cannot be changed: a correction is made only as a new published version.',
  },
  'minutes.meetingNotClosed': {
    kk: 'Хаттама отырыс жабылғаннан кейін жасалады.',
    ru: 'Протокол составляется после закрытия заседания.',
    en: 'The minutes are drawn up once the meeting is closed.',
  },
  'minutes.notDraft': {
    kk: 'Хаттама бекітілді: енді оны өзгертуге болмайды.',
    ru: 'Протокол уже утверждён: изменить его нельзя.',
    en: 'The minutes are already approved and can no longer be edited.',
  },
  'minutes.notApproved': {
    kk: 'Хаттама әлі бекітілмеген.',
    ru: 'Протокол ещё не утверждён.',
    en: 'The minutes are not approved yet.',
  },
  'minutes.notPublished': {
    kk: 'Хаттама әлі жарияланбаған.',
    ru: 'Протокол ещё не опубликован.',
    en: 'The minutes are not published yet.',
  },
  'minutes.signaturesMissing': {
    kk: 'Жариялау үшін төраға мен хатшының қолы қажет.',
    ru: 'Для публикации нужны подписи председателя и секретаря.',
    en: 'The chair and the secretary must sign before publication.',
  },
  'minutes.approvalVoteRequired': {
    kk: 'Ереже бойынша хаттама келесі отырыста дауыс беру арқылы бекітіледі: қабылданған шешімді көрсетіңіз.',
    ru: 'По правилам протокол утверждается голосованием на следующем заседании: укажите принятое решение.',
    en: 'By the rules the minutes are approved by a vote at a later meeting: name the adopted decision.',
  },
  'minutes.approvalVoteInvalid': {
    kk: 'Бұл шешім осы кеңестің кейінгі отырысында қабылданбаған.',
    ru: 'Это решение не принято на более позднем заседании этого совета.',
    en: 'That decision was not adopted at a later meeting of this council.',
  },
  'minutes.notMember': {
    kk: 'Тек осы отырыстың кеңес мүшелері ғана.',
    ru: 'Только члены совета, участвовавшие в этом заседании.',
    en: 'Only members of the council at this meeting may do this.',
  },
  'minutes.unknownItem': {
    kk: 'Бұл мәселе осы отырыстың күн тәртібінде жоқ.',
    ru: 'Такого вопроса нет в повестке этого заседания.',
    en: 'That item is not on this meeting’s agenda.',
  },
  'minutes.correctionDecided': {
    kk: 'Бұл ұсыныс бойынша шешім қабылданған.',
    ru: 'По этому предложению уже принято решение.',
    en: 'This proposal has already been decided.',
  },
  'minutes.reasonRequired': {
    kk: 'Бас тарту себебін жазыңыз: ол ұсыныс авторына көрсетіледі.',
    ru: 'Укажите причину отказа: её увидит автор предложения.',
    en: 'Give the reason for declining: the proposer will see it.',
  },
  'minutes.noChange': {
    kk: 'Өзгеріс жоқ.',
    ru: 'Изменений нет.',
    en: 'Nothing changed.',
  },
  'annualReport.locked': {
    kk: 'Жарияланған жылдық есепті өзгертуге болмайды.',
    ru: 'Опубликованный ежегодный отчёт изменить нельзя.',
    en: 'A published annual report cannot be changed.',
  },
  'annualReport.wrongState': {
    kk: 'Жылдық есеп бұл кезеңде емес.',
    ru: 'Ежегодный отчёт не на этом этапе.',
    en: 'The annual report is not at this stage.',
  },
} as const;
