import type { GenderValue, MemberRoleValue, SelectionMethodValue } from '@kenes/api/composition';

/**
 * Composition of the demo councils (../shared/domain/DEMO-DATA.md). The seats and their
 * affiliations are those of the source; the people are fictional (names composed for the demo,
 * never real persons), their ages skewed old as the source describes.
 */

export interface DemoCategory {
  code: string;
  stateLinked: boolean;
  supervisedByHost: boolean;
  name: { kk: string; ru: string; en: string };
}

/** Defined once for the republic; every council below it uses them (DOMAIN.md "Categories seen in practice"). */
export const DEMO_CATEGORY_JURISDICTION = 'KZ';

export const DEMO_CATEGORIES: DemoCategory[] = [
  {
    code: 'maslikhat_deputy',
    stateLinked: true,
    supervisedByHost: false,
    name: { kk: 'Мәслихат депутаты', ru: 'Депутат маслихата', en: 'Maslikhat deputy' },
  },
  {
    code: 'akimat_leadership',
    stateLinked: true,
    supervisedByHost: false,
    name: { kk: 'Әкімдік басшылығы', ru: 'Руководство акимата', en: 'Akimat leadership' },
  },
  {
    code: 'subordinate_employee',
    stateLinked: true,
    supervisedByHost: false,
    name: {
      kk: 'Ведомстволық бағынысты ұйым қызметкері',
      ru: 'Работник подведомственной организации',
      en: 'Employee of a subordinate organisation',
    },
  },
  {
    code: 'state_body_representative',
    stateLinked: true,
    supervisedByHost: false,
    name: { kk: 'Мемлекеттік орган өкілі', ru: 'Представитель государственного органа', en: 'State body representative' },
  },
  {
    code: 'ngo',
    stateLinked: false,
    supervisedByHost: false,
    name: { kk: 'Үкіметтік емес ұйым', ru: 'Неправительственная организация', en: 'NGO' },
  },
  {
    code: 'citizen',
    stateLinked: false,
    supervisedByHost: false,
    name: { kk: 'Азамат (өзін-өзі ұсынған)', ru: 'Гражданин (самовыдвижение)', en: 'Citizen (self-nominated)' },
  },
  { code: 'business', stateLinked: false, supervisedByHost: false, name: { kk: 'Бизнес', ru: 'Бизнес', en: 'Business' } },
  {
    code: 'political_party',
    stateLinked: false,
    supervisedByHost: false,
    name: { kk: 'Саяси партия', ru: 'Политическая партия', en: 'Political party' },
  },
  {
    code: 'assembly_of_people',
    stateLinked: false,
    supervisedByHost: true,
    name: { kk: 'Қазақстан халқы Ассамблеясы', ru: 'Ассамблея народа Казахстана', en: 'Assembly of People of Kazakhstan' },
  },
  {
    code: 'media',
    stateLinked: false,
    supervisedByHost: false,
    name: { kk: 'Бұқаралық ақпарат құралдары', ru: 'Средства массовой информации', en: 'Media' },
  },
  {
    code: 'academia',
    stateLinked: false,
    supervisedByHost: false,
    name: { kk: 'Ғылым және сарапшылар', ru: 'Наука и эксперты', en: 'Academia and experts' },
  },
];

export interface DemoMember {
  fullName: string;
  gender: GenderValue;
  birthDate: string;
  isCivilServant: boolean;
  role: MemberRoleValue;
  category: string;
  org?: string;
  bin?: string;
  selection: SelectionMethodValue;
}

export interface DemoConvocation {
  number: number;
  startsOn: string;
  endsOn: string;
}

export interface DemoComposition {
  council: string;
  /** Every convocation seats the same people (as the source found it, nothing changed). */
  convocations: DemoConvocation[];
  members: DemoMember[];
}

const m = (
  fullName: string,
  gender: GenderValue,
  birthDate: string,
  role: MemberRoleValue,
  category: string,
  selection: SelectionMethodValue,
  extra: { org?: string; bin?: string; civilServant?: boolean } = {},
): DemoMember => ({
  fullName,
  gender,
  birthDate,
  role,
  category,
  selection,
  isCivilServant: extra.civilServant ?? false,
  org: extra.org,
  bin: extra.bin,
});

/**
 * Kokshetau, composition as found in 2021: 16 members, 6 state-linked (37.5%), 7 counting the
 * Assembly seat (43.75%) — short of the 2/3 civil-society share. Median age 58 on 1 January 2026.
 * The secretary (not a member) is the demo secretary account's person.
 */
export const KOKSHETAU: DemoComposition = {
  council: 'kokshetau',
  convocations: [
    { number: 1, startsOn: '2021-01-15', endsOn: '2024-01-15' },
    { number: 2, startsOn: '2024-01-15', endsOn: '2027-01-15' },
  ],
  members: [
    m('Бауыржан Есенов', 'male', '1962-03-14', 'chair', 'ngo', 'competition', { org: 'ОО «Көкше ардагерлері»', bin: '030540004512' }),
    m('Ольга Сергеевна Лебедева', 'female', '1967-08-02', 'deputyChair', 'business', 'competition', {
      org: 'ТОО «Көкше Агро Трейд»',
      bin: '080640007731',
    }),
    m('Серік Қайратұлы Жұмабаев', 'male', '1970-02-20', 'member', 'maslikhat_deputy', 'designatedByBody', {
      org: 'Кокшетауский городской маслихат',
    }),
    m('Ержан Болатұлы Смағұлов', 'male', '1974-06-11', 'member', 'akimat_leadership', 'designatedByBody', {
      org: 'Акимат города Кокшетау',
      civilServant: true,
    }),
    m('Людмила Викторовна Соколова', 'female', '1958-09-30', 'member', 'subordinate_employee', 'designatedByBody', {
      org: 'ГККП «Городской дом культуры»',
    }),
    m('Қанат Сейітұлы Оспанов', 'male', '1968-04-27', 'member', 'subordinate_employee', 'designatedByBody', {
      org: 'КГУ «Отдел образования города Кокшетау»',
      civilServant: true,
    }),
    m('Татьяна Геннадьевна Белова', 'female', '1971-10-03', 'member', 'subordinate_employee', 'designatedByBody', {
      org: 'КГУ «Центр занятости населения»',
    }),
    m('Марат Әлібекұлы Тәжібаев', 'male', '1965-07-16', 'member', 'subordinate_employee', 'designatedByBody', {
      org: 'КГУ «Отдел строительства города Кокшетау»',
      civilServant: true,
    }),
    m('Виктор Иванович Шевченко', 'male', '1953-04-05', 'member', 'assembly_of_people', 'nomination', {
      org: 'Городской филиал Ассамблеи народа Казахстана',
    }),
    m('Гүлнар Серікқызы Ахметова', 'female', '1960-11-19', 'member', 'political_party', 'nomination', {
      org: 'Городской филиал Народной партии Казахстана',
    }),
    m('Айжан Маратқызы Нұрланова', 'female', '1984-07-23', 'member', 'ngo', 'competition', { org: 'ОО «Ақ ниет»', bin: '120440009876' }),
    m('Михаил Петрович Волков', 'male', '1967-12-01', 'member', 'ngo', 'competition', {
      org: 'ОО «Совет ветеранов города Кокшетау»',
      bin: '991240002345',
    }),
    m('Асхат Ерланұлы Бекмұхамбетов', 'male', '1976-05-17', 'member', 'business', 'competition', {
      org: 'ТОО «Көкше Құрылыс»',
      bin: '050740012345',
    }),
    m('Дина Қанатқызы Исмаилова', 'female', '1980-10-08', 'member', 'business', 'competition', {
      org: 'ТОО «Бурабай Тур»',
      bin: '110840003456',
    }),
    m('Сергей Александрович Морозов', 'male', '1963-01-25', 'member', 'business', 'competition', {
      org: 'ТОО «Северный хлеб»',
      bin: '970240005678',
    }),
    m('Нина Васильевна Орлова', 'female', '1961-02-14', 'member', 'citizen', 'selfNomination'),
    m('Галина Петровна Ким', 'female', '1959-03-08', 'secretary', 'state_body_representative', 'designatedByBody', {
      org: 'Акимат города Кокшетау',
    }),
  ],
};

/** Almaty: about 30 members, compliant on the quota but old (median age 60.5 on 1 January 2026); secretary aged 67. */
export const ALMATY: DemoComposition = {
  council: 'almaty',
  convocations: [{ number: 1, startsOn: '2024-03-01', endsOn: '2027-03-01' }],
  members: [
    m('Әлия Жақсылыққызы Серікбаева', 'female', '1957-05-12', 'chair', 'academia', 'competition', {
      org: 'ОО «Қазақ экономистерінің қауымдастығы»',
      bin: '010240001101',
    }),
    m('Андрей Викторович Носов', 'male', '1966-09-04', 'deputyChair', 'ngo', 'competition', {
      org: 'ОО «Алматы — наш дом»',
      bin: '020340001102',
    }),
    m('Нұрлан Асқарұлы Дәулетов', 'male', '1960-03-22', 'member', 'maslikhat_deputy', 'designatedByBody', {
      org: 'Маслихат города Алматы',
    }),
    m('Елена Павловна Грищенко', 'female', '1966-11-30', 'member', 'maslikhat_deputy', 'designatedByBody', {
      org: 'Маслихат города Алматы',
    }),
    m('Дәурен Маратұлы Қасымов', 'male', '1979-06-18', 'member', 'akimat_leadership', 'designatedByBody', {
      org: 'Акимат города Алматы',
      civilServant: true,
    }),
    m('Ғалым Төлегенұлы Әбдіров', 'male', '1972-02-09', 'member', 'state_body_representative', 'designatedByBody', {
      org: 'Управление общественного развития',
      civilServant: true,
    }),
    m('Ирина Олеговна Карпова', 'female', '1968-08-15', 'member', 'state_body_representative', 'designatedByBody', {
      org: 'Управление здравоохранения',
      civilServant: true,
    }),
    m('Бақыт Серғазыұлы Омаров', 'male', '1961-12-27', 'member', 'state_body_representative', 'designatedByBody', {
      org: 'Управление энергетики',
      civilServant: true,
    }),
    m('Светлана Юрьевна Тарасова', 'female', '1958-04-03', 'member', 'subordinate_employee', 'designatedByBody', {
      org: 'КГУ «Городской архив»',
    }),
    m('Талғат Ерболұлы Сәрсенов', 'male', '1973-07-21', 'member', 'subordinate_employee', 'designatedByBody', { org: 'ГКП «Алматы су»' }),
    m('Сәуле Қайратқызы Бекова', 'female', '1955-10-11', 'member', 'ngo', 'competition', { org: 'ОО «Ана мен бала»', bin: '030440001103' }),
    m('Владимир Николаевич Зайцев', 'male', '1949-03-17', 'member', 'ngo', 'competition', {
      org: 'ОО «Совет ветеранов Алматы»',
      bin: '040540001104',
    }),
    m('Жанар Болатқызы Мұқанова', 'female', '1987-01-29', 'member', 'ngo', 'competition', { org: 'ОФ «Таза қала»', bin: '050640001105' }),
    m('Рустам Ильдарович Хасанов', 'male', '1964-05-06', 'member', 'ngo', 'competition', {
      org: 'ОО «Общество инвалидов Алматы»',
      bin: '060740001106',
    }),
    m('Ботагөз Нұрғалиқызы Есімова', 'female', '1967-09-14', 'member', 'ngo', 'competition', {
      org: 'ОО «Жасыл Алатау»',
      bin: '070840001107',
    }),
    m('Николай Сергеевич Петренко', 'male', '1951-06-25', 'member', 'ngo', 'competition', {
      org: 'ОО «Союз потребителей Алматы»',
      bin: '080940001108',
    }),
    m('Мәдина Ерланқызы Тоқтарова', 'female', '1983-04-08', 'member', 'ngo', 'competition', {
      org: 'ОФ «Білім кілті»',
      bin: '091040001109',
    }),
    m('Қайрат Жұмабекұлы Айтбаев', 'male', '1959-08-19', 'member', 'ngo', 'competition', {
      org: 'ОО «Кооператив собственников квартир»',
      bin: '101140001110',
    }),
    m('Людмила Аркадьевна Фёдорова', 'female', '1954-12-02', 'member', 'ngo', 'competition', {
      org: 'ОО «Алматинский клуб садоводов»',
      bin: '111240001111',
    }),
    m('Ерболат Сейілұлы Нұрпейісов', 'male', '1965-02-13', 'member', 'ngo', 'competition', {
      org: 'ОО «Спорт для всех»',
      bin: '120140001112',
    }),
    m('Гүлмира Асанқызы Жолдасова', 'female', '1961-07-07', 'member', 'business', 'competition', {
      org: 'ТОО «Алатау Тоқыма»',
      bin: '130240001113',
    }),
    m('Олег Борисович Ким', 'male', '1969-10-28', 'member', 'business', 'competition', {
      org: 'ТОО «Жетысу Логистик»',
      bin: '140340001114',
    }),
    m('Самат Бақытұлы Ермеков', 'male', '1991-03-03', 'member', 'business', 'competition', {
      org: 'ТОО «Цифровой город»',
      bin: '150440001115',
    }),
    m('Раиса Махмутовна Юсупова', 'female', '1956-01-20', 'member', 'business', 'competition', {
      org: 'ТОО «Көк базар сервис»',
      bin: '160540001116',
    }),
    m('Асқар Тұрсынұлы Бейсенов', 'male', '1952-11-09', 'member', 'academia', 'competition', { org: 'Университет (профессор)' }),
    m('Татьяна Ивановна Мельник', 'female', '1958-05-31', 'member', 'academia', 'competition', {
      org: 'Научно-исследовательский институт (эксперт)',
    }),
    m('Ерлан Қуанышұлы Сатыбалдиев', 'male', '1976-09-01', 'member', 'media', 'competition', {
      org: 'ТОО «Алматы ақпарат»',
      bin: '170640001117',
    }),
    m('Анна Владимировна Соловьёва', 'female', '1970-06-12', 'member', 'media', 'competition', {
      org: 'ТОО «Городская газета»',
      bin: '180740001118',
    }),
    m('Рахым Әбдірахманұлы Құдайбергенов', 'male', '1947-04-16', 'member', 'assembly_of_people', 'nomination', {
      org: 'Городской филиал Ассамблеи народа Казахстана',
    }),
    m('Виталий Геннадьевич Лопатин', 'male', '1966-08-23', 'member', 'political_party', 'nomination', {
      org: 'Городской филиал партии «Ак жол»',
    }),
    m('Зәуре Омарова', 'female', '1959-02-27', 'secretary', 'state_body_representative', 'designatedByBody', {
      org: 'Маслихат города Алматы',
    }),
  ],
};

export const DEMO_COMPOSITIONS: DemoComposition[] = [KOKSHETAU, ALMATY];
