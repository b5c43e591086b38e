/** Messages of the meetings capability, merged into API_MESSAGES. Plain words: secretaries may be new to computers. */
export const MEETING_MESSAGES = {
  'entity.meeting': { kk: 'Отырыс', ru: 'Заседание', en: 'Meeting' },
  'entity.agendaItem': { kk: 'Күн тәртібінің мәселесі', ru: 'Вопрос повестки', en: 'Agenda item' },
  'entity.motion': { kk: 'Шешім жобасы', ru: 'Проект решения', en: 'Motion' },
  'entity.agendaProposal': { kk: 'Күн тәртібіне ұсыныс', ru: 'Предложение в повестку', en: 'Agenda proposal' },
  'entity.comment': { kk: 'Пікір', ru: 'Комментарий', en: 'Comment' },
  'entity.document': { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  'meetings.wrongState': {
    kk: 'Бұл әрекет қазір қолжетімсіз: отырыс «{state}» күйінде.',
    ru: 'Сейчас это действие недоступно: заседание в состоянии «{state}».',
    en: 'This cannot be done now: the meeting is {state}.',
  },
  'meetings.noConvocation': {
    kk: 'Отырыс күніне кеңестің қолданыстағы шақырылымы жоқ. Алдымен құрамды енгізіңіз.',
    ru: 'На дату заседания у совета нет действующего созыва. Сначала внесите состав.',
    en: 'The council has no convocation sitting on the meeting’s date. Enter the composition first.',
  },
  'meetings.endBeforeStart': {
    kk: 'Аяқталу уақыты басталу уақытынан кейін болуы керек.',
    ru: 'Время окончания должно быть позже начала.',
    en: 'The end must be after the start.',
  },
  'meetings.inPast': {
    kk: 'Отырыс уақыты өтіп кеткен. Болашақ күнді таңдаңыз.',
    ru: 'Время заседания уже прошло. Выберите будущую дату.',
    en: 'The meeting time has passed. Choose a future date.',
  },
  'meetings.emptyAgenda': {
    kk: 'Хабарлау алдында күн тәртібіне кемінде бір мәселе қосыңыз.',
    ru: 'Перед объявлением добавьте в повестку хотя бы один вопрос.',
    en: 'Add at least one agenda item before announcing.',
  },
  'meetings.noticeTooShort': {
    kk: 'Хабарлау мерзімі заң талабынан қысқа: {explanation}',
    ru: 'Срок оповещения короче, чем требует закон: {explanation}',
    en: 'The notice is shorter than the law requires: {explanation}',
  },
  'meetings.agendaLocked': {
    kk: 'Жабылған отырыстың күн тәртібі өзгертілмейді.',
    ru: 'Повестку прошедшего заседания изменить нельзя.',
    en: 'The agenda of a finished meeting cannot change.',
  },
  'meetings.itemHasMotions': {
    kk: 'Шешім жобалары бар мәселені алып тастауға болмайды.',
    ru: 'Вопрос, по которому есть проекты решений, удалить нельзя.',
    en: 'An item with motions cannot be removed.',
  },
  'meetings.itemNotInMeeting': {
    kk: 'Бұл мәселе осы отырыстың күн тәртібінде жоқ.',
    ru: 'Этого вопроса нет в повестке этого заседания.',
    en: 'This item is not on this meeting’s agenda.',
  },
  'meetings.personNotSeated': {
    kk: 'Бұл адам отырыс күні кеңестің дауыс беретін мүшесі емес.',
    ru: 'Этот человек не является членом совета с правом голоса на дату заседания.',
    en: 'This person is not a voting member of the council on the meeting’s date.',
  },
  'meetings.absenceReasonOnlyAbsent': {
    kk: 'Себеп тек қатыспаған мүше үшін жазылады.',
    ru: 'Причину указывают только для отсутствующих.',
    en: 'A reason is given only for an absence.',
  },
  'meetings.notVoter': {
    kk: 'Сіз осы отырыс күні кеңестің дауыс беретін мүшесі емессіз.',
    ru: 'Вы не член совета с правом голоса на дату этого заседания.',
    en: 'You are not a voting member of the council on the date of this meeting.',
  },
  'meetings.notPresent': {
    kk: 'Сіз қатысушы ретінде белгіленбегенсіз. Хатшыға хабарласыңыз.',
    ru: 'Вы не отмечены как присутствующий. Обратитесь к секретарю.',
    en: 'You are not marked as present. Please ask the secretary.',
  },
  'meetings.recused': {
    kk: 'Сіз бұл мәселе бойынша мүдделер қақтығысын мәлімдедіңіз, сондықтан дауыс бермейсіз.',
    ru: 'Вы заявили о конфликте интересов по этому вопросу и поэтому не голосуете.',
    en: 'You declared a conflict of interest on this item, so you do not vote on it.',
  },
  'meetings.voteNotOpen': {
    kk: 'Бұл жоба бойынша дауыс беру ашық емес: ол әлі басталмаған немесе жабылған.',
    ru: 'Голосование по этому проекту не открыто: оно ещё не началось или уже закрыто.',
    en: 'Voting on this motion is not open: it has not started or has closed.',
  },
  'meetings.otherVoteOpen': {
    kk: 'Басқа жоба бойынша дауыс беру жүріп жатыр. Алдымен оны жабыңыз.',
    ru: 'Уже идёт голосование по другому проекту. Сначала закройте его.',
    en: 'Another vote is open. Close it first.',
  },
  'meetings.noQuorum': {
    kk: 'Дауыс беру ашылмады. {explanation}',
    ru: 'Голосование не открыто. {explanation}',
    en: 'The vote did not open. {explanation}',
  },
  'meetings.notInSession': {
    kk: 'Дауыс беру тек отырыс жүріп жатқанда ашылады.',
    ru: 'Голосование открывается только во время заседания.',
    en: 'A vote opens only while the meeting is in session.',
  },
  'meetings.openVotes': {
    kk: 'Алдымен ашық дауыс беруді жабыңыз.',
    ru: 'Сначала закройте открытое голосование.',
    en: 'Close the open vote first.',
  },
  'meetings.motionNotDraft': {
    kk: 'Дауысқа салынған жоба өзгертілмейді.',
    ru: 'Проект, который выносился на голосование, изменить нельзя.',
    en: 'A motion that was put to the vote cannot be changed.',
  },
  'meetings.leadRequired': {
    kk: 'Ұсынымның дәл бір жетекші адресаты болуы керек.',
    ru: 'У рекомендации должен быть ровно один ведущий адресат.',
    en: 'A recommendation needs exactly one lead addressee.',
  },
  'meetings.addresseesOnlyRecommendation': {
    kk: 'Адресаттар тек ұсынымда көрсетіледі.',
    ru: 'Адресатов указывают только у рекомендации.',
    en: 'Only a recommendation has addressees.',
  },
  'meetings.duplicateAddressee': {
    kk: 'Бір орган екі рет көрсетілген.',
    ru: 'Один и тот же орган указан дважды.',
    en: 'The same body is listed twice.',
  },
  'meetings.notClosed': {
    kk: 'Тек жабылған дауыс берудің нәтижесі түзетіледі.',
    ru: 'Исправить можно только итог закрытого голосования.',
    en: 'Only the result of a closed vote can be corrected.',
  },
  'meetings.proposalDecided': {
    kk: 'Бұл ұсыныс қаралып қойған.',
    ru: 'Это предложение уже рассмотрено.',
    en: 'This proposal has already been decided.',
  },
  'meetings.commentsClosed': {
    kk: 'Бұл мәселе азаматтардың пікірлері үшін ашық емес.',
    ru: 'Этот вопрос не открыт для комментариев граждан.',
    en: 'This item is not open for public comments.',
  },
  'meetings.tooManyComments': {
    kk: 'Сіздің мекенжайыңыздан тым көп пікір келді. Бір сағаттан кейін қайталаңыз.',
    ru: 'С вашего адреса пришло слишком много комментариев. Попробуйте через час.',
    en: 'Too many comments from your address. Please try again in an hour.',
  },
  'meetings.tooManyProposals': {
    kk: 'Сіздің мекенжайыңыздан тым көп ұсыныс келді. Ертең қайталаңыз.',
    ru: 'С вашего адреса пришло слишком много предложений. Попробуйте завтра.',
    en: 'Too many proposals from your address. Please try again tomorrow.',
  },
  'meetings.rejectReasonRequired': {
    kk: 'Қабылдамау себебін жазыңыз.',
    ru: 'Укажите причину отклонения.',
    en: 'Please give the reason for rejecting.',
  },
  'meetings.commentModerated': {
    kk: 'Бұл пікір қаралып қойған.',
    ru: 'Этот комментарий уже рассмотрен.',
    en: 'This comment has already been moderated.',
  },
  'meetings.parentElsewhere': {
    kk: 'Жауап тек сол мәселенің пікіріне беріледі.',
    ru: 'Ответить можно только на комментарий к этому же вопросу.',
    en: 'A reply must answer a comment on the same item.',
  },
  'meetings.accountNotInCouncil': {
    kk: 'Бұл пайдаланушының осы кеңесте рөлі жоқ.',
    ru: 'У этого пользователя нет роли в этом совете.',
    en: 'This user has no role in this council.',
  },
  'meetings.alreadyLinked': {
    kk: 'Бұл адам немесе пайдаланушы басқа есептік жазбамен байланысқан.',
    ru: 'Этот человек или пользователь уже связан с другой учётной записью.',
    en: 'This person or user is already linked to another account.',
  },
  'meetingState.draft': { kk: 'жоба', ru: 'черновик', en: 'a draft' },
  'meetingState.announced': { kk: 'хабарланды', ru: 'объявлено', en: 'announced' },
  'meetingState.inSession': { kk: 'отырыс жүріп жатыр', ru: 'идёт заседание', en: 'in session' },
  'meetingState.closed': { kk: 'жабылды', ru: 'закрыто', en: 'closed' },
  'meetingState.minutesApproved': { kk: 'хаттама бекітілді', ru: 'протокол утверждён', en: 'minutes approved' },
  'meetingState.published': { kk: 'жарияланды', ru: 'опубликовано', en: 'published' },
  'meetingState.cancelled': { kk: 'болдырылмады', ru: 'отменено', en: 'cancelled' },
} as const;
