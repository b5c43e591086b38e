import type { EntityManager } from 'typeorm';
import type { AuditService, LocalizedValue, RequestContext } from '@kenes/api/core';
import { defaultKazakhstanRuleSet, tallyVote } from '@kenes/domain';
import { DEMO_BODIES } from './demo-registry';

/** Demo accounts that are the council members they are named after: their votes are theirs. */
export const DEMO_MEMBER_LINKS: ReadonlyArray<{ email: string; person: string }> = [
  { email: 'chair@kenes.demo', person: 'Бауыржан Есенов' },
  { email: 'member@kenes.demo', person: 'Нина Васильевна Орлова' },
  { email: 'member2@kenes.demo', person: 'Айжан Маратқызы Нұрланова' },
  { email: 'member3@kenes.demo', person: 'Михаил Петрович Волков' },
  { email: 'almaty.chair@kenes.demo', person: 'Әлия Жақсылыққызы Серікбаева' },
];

interface DemoItem {
  title: LocalizedValue;
  category: string;
  source: string;
  rapporteur?: string;
  body?: string;
  /** A motion put to the vote: votes for / against / abstain among those present. */
  motion?: { kind: 'decision' | 'recommendation'; text: string; points: string[]; votes: [number, number, number]; lead?: string; also?: string[] };
  publicComments?: boolean;
  /** The secretary's summary of the discussion, as the published minutes give it. */
  summary?: string;
}

interface DemoMeeting {
  council: string;
  startsAt: string;
  state: 'closed' | 'announced';
  place: LocalizedValue;
  /** Members present (of the voting members, in seating order). */
  present: number;
  items: DemoItem[];
  /** The minutes were approved, signed by the chair and the secretary and published (see demo-minutes.ts). */
  minutesPublished?: boolean;
}

const HALL: LocalizedValue = {
  kk: 'Көкшетау қ., Абай к-сі, 89, әкімдіктің мәжіліс залы',
  ru: 'г. Кокшетау, ул. Абая, 89, зал заседаний акимата',
  en: 'Kokshetau, 89 Abai St, akimat meeting hall',
};

const ALMATY_HALL: LocalizedValue = {
  kk: 'Алматы қ., Республика алаңы, 4, қала әкімдігінің мәжіліс залы',
  ru: 'г. Алматы, площадь Республики, 4, зал заседаний акимата',
  en: 'Almaty, 4 Republic Square, akimat meeting hall',
};

/** The akim's 2021 accountability meeting: 18 residents' proposals (land 1, roads 1, education buildings 1, electrification/gas 1, ecology 2, other 12). */
export const AKIM_MEASURES: string[] = [
  'Выделить земельные участки под ИЖС в микрорайоне Кокжиек',
  'Отремонтировать дорогу по улице Сатпаева',
  'Провести капитальный ремонт здания школы № 14',
  'Подвести газ к посёлку Красный Яр',
  'Ликвидировать стихийную свалку у озера Копа',
  'Высадить 5 000 деревьев вдоль набережной',
  'Установить освещение на улице Ауельбекова',
  'Открыть новый автобусный маршрут в микрорайон Сарыарка',
  'Построить детскую площадку в 4-м микрорайоне',
  'Отремонтировать подъезды домов по улице Абая',
  'Установить пандусы у поликлиник',
  'Организовать вывоз мусора в частном секторе',
  'Открыть пункт выдачи льготных лекарств',
  'Установить светофор на пересечении улиц Горького и Ауэзова',
  'Благоустроить сквер у Дворца школьников',
  'Отремонтировать теплотрассу в районе вокзала',
  'Открыть кружки для детей с инвалидностью',
  'Оборудовать остановки навесами на улице Назарбаева',
];

/**
 * Kokshetau's year of meetings on DEMO-DATA.md's real topics (the June meeting's minutes
 * published, the others' not yet), and the next meeting, announced; then Almaty's four
 * quarterly meetings of 2025, minutes published, which its published annual report for 2025
 * counts (demo-minutes.ts).
 */
export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    council: 'kokshetau',
    startsAt: '2026-03-12T10:00:00+05:00',
    state: 'closed',
    place: HALL,
    present: 13,
    items: [
      {
        title: { kk: 'Халыққа мемлекеттік қызмет көрсету', ru: 'Об оказании государственных услуг населению', en: 'Delivery of public services to the population' },
        category: 'headReport',
        source: 'secretary',
        rapporteur: 'Руководитель ЦОН города',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [12, 0, 1] },
      },
      {
        title: { kk: 'Қала бюджетін 2026–2028 жылдарға бөлу', ru: 'О распределении городского бюджета на 2026–2028 годы', en: 'Distribution of the city budget for 2026–2028' },
        category: 'budgetProgramme',
        source: 'stateBody',
        body: 'kok-finance',
        rapporteur: 'Начальник отдела экономики и финансов',
        motion: { kind: 'decision', text: 'Одобрить проект с замечаниями.', points: ['Одобрить проект распределения бюджета.', 'Замечания членов совета направить в отдел.'], votes: [9, 3, 1] },
      },
      {
        title: {
          kk: 'Әкімнің есепті кездесуінде тұрғындар айтқан 18 ұсыныс',
          ru: 'О 18 предложениях жителей со встречи акима с населением',
          en: 'The 18 residents’ proposals from the akim’s accountability meeting',
        },
        category: 'headReport',
        source: 'citizen',
        body: 'kok-akimat',
        motion: {
          kind: 'recommendation',
          text: 'Рекомендовать акимату включить предложения жителей в план мероприятий и отчитываться об исполнении.',
          points: AKIM_MEASURES,
          votes: [12, 0, 1],
          lead: 'kok-akimat',
        },
      },
    ],
  },
  {
    council: 'kokshetau',
    startsAt: '2026-06-11T10:00:00+05:00',
    state: 'closed',
    place: HALL,
    present: 12,
    minutesPublished: true,
    items: [
      {
        title: {
          kk: 'Азаматтардың жекелеген санаттарына қоғамдық көліктегі жеңілдіктер',
          ru: 'О льготах на проезд в общественном транспорте для отдельных категорий граждан',
          en: 'Public transport fare benefits for certain categories of citizens',
        },
        category: 'citizenAppeal',
        source: 'citizen',
        body: 'kok-transport',
        motion: {
          kind: 'recommendation',
          text: 'Рекомендовать акимату расширить льготы на проезд.',
          points: ['Распространить льготу на пенсионеров с 63 лет.', 'Ввести единую электронную карту льготника до 1 января.'],
          votes: [11, 0, 1],
          lead: 'kok-transport',
          also: ['kok-finance'],
        },
        summary: 'Жители, обратившиеся в совет, рассказали о расходах пенсионеров на проезд. Члены совета спросили, во что обойдётся электронная карта льготника.',
      },
      {
        title: { kk: '2026–2027 жылдарға арналған жайылымдарды пайдалану жоспары', ru: 'Об утверждении плана по управлению пастбищами на 2026–2027 годы', en: 'Approval of the pasture use plan for 2026–2027' },
        category: 'strategicPlan',
        source: 'stateBody',
        body: 'kok-akimat',
        motion: { kind: 'decision', text: 'Одобрить план.', points: ['Одобрить план по управлению пастбищами.'], votes: [6, 5, 1] },
        summary: 'Пятеро членов совета возражали: план не учитывает выпас у озера Копа. Решение не принято, план возвращён отделу.',
      },
    ],
  },
  {
    council: 'kokshetau',
    startsAt: '2026-09-10T10:00:00+05:00',
    state: 'closed',
    place: HALL,
    present: 14,
    items: [
      {
        title: { kk: 'Көкшетау қаласы мен Красный Яр кентінің бюджетін атқару', ru: 'Об исполнении бюджета города Кокшетау и посёлка Красный Яр', en: 'Execution of the budget of Kokshetau and the settlement of Krasny Yar' },
        category: 'budgetProgramme',
        source: 'stateBody',
        body: 'kok-finance',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [13, 0, 1] },
      },
      {
        title: { kk: 'Атаулы әлеуметтік көмек', ru: 'Об адресной социальной помощи', en: 'Targeted social assistance' },
        category: 'ownInitiative',
        source: 'member',
        body: 'kok-social',
        motion: {
          kind: 'recommendation',
          text: 'Рекомендовать отделу занятости упростить назначение адресной социальной помощи.',
          points: ['Сократить перечень документов для назначения помощи.', 'Публиковать ежеквартально число получателей по микрорайонам.', 'Провести выездные приёмы в посёлке Красный Яр.'],
          votes: [12, 1, 1],
          lead: 'kok-social',
        },
      },
    ],
  },
  {
    council: 'kokshetau',
    startsAt: '2026-12-10T10:00:00+05:00',
    state: 'announced',
    place: HALL,
    present: 0,
    items: [
      {
        title: {
          kk: 'Қала сәулет бөлімінің басшысына қатысты тәртіптік шара нәтижелері',
          ru: 'О результатах дисциплинарного взыскания в отношении руководителя отдела архитектуры города',
          en: 'Results of disciplinary action against the head of the city architecture department',
        },
        category: 'headReport',
        source: 'secretary',
        body: 'kok-akimat',
      },
      {
        title: { kk: 'Әкімнің 18 іс-шараның орындалуы туралы есебі', ru: 'Отчёт акима о выполнении 18 мероприятий по итогам встречи с населением', en: 'The akim’s report on the 18 measures promised to residents' },
        category: 'headReport',
        source: 'secretary',
        body: 'kok-akimat',
        publicComments: true,
      },
      {
        title: { kk: 'Қоғамдық көліктегі жеңілдіктер туралы ұсынымның орындалуы', ru: 'О ходе исполнения рекомендации о льготах на проезд', en: 'Progress on the public transport fare recommendation' },
        category: 'publicControl',
        source: 'secretary',
        body: 'kok-transport',
      },
      {
        title: {
          kk: 'Жауап берілмеген ұсыным №3: Атаулы әлеуметтік көмек',
          ru: 'Неотвеченная рекомендация №3: Об адресной социальной помощи',
          en: 'Unanswered recommendation No. 3: Targeted social assistance',
        },
        category: 'publicControl',
        source: 'secretary',
        body: 'kok-social',
      },
    ],
  },
  {
    council: 'almaty',
    startsAt: '2025-03-13T15:00:00+05:00',
    state: 'closed',
    place: ALMATY_HALL,
    present: 24,
    minutesPublished: true,
    items: [
      {
        title: { kk: 'Алматы қаласының 2024 жылғы бюджетінің атқарылуы', ru: 'Об исполнении бюджета города Алматы за 2024 год', en: 'Execution of the Almaty city budget for 2024' },
        category: 'budgetProgramme',
        source: 'stateBody',
        body: 'ala-akimat',
        rapporteur: 'Руководитель управления экономики и бюджетного планирования',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [22, 0, 2] },
        summary: 'Докладчик сообщил об исполнении бюджета. Члены совета спросили о неосвоенных средствах на строительство школ.',
      },
      {
        title: { kk: 'Алматы қаласының аумағын абаттандыру қағидаларының жобасы', ru: 'О проекте Правил благоустройства территории города Алматы', en: 'The draft rules for the upkeep of Almaty’s public spaces' },
        category: 'draftRegulation',
        source: 'stateBody',
        body: 'ala-akimat',
        motion: { kind: 'decision', text: 'Одобрить проект с замечаниями членов совета.', points: ['Одобрить проект Правил.', 'Замечания о сохранении деревьев направить в акимат.'], votes: [19, 3, 2] },
        summary: 'Обсуждали вырубку деревьев при ремонте улиц. Замечания членов совета собраны в приложение.',
      },
    ],
  },
  {
    council: 'almaty',
    startsAt: '2025-06-12T15:00:00+05:00',
    state: 'closed',
    place: ALMATY_HALL,
    present: 22,
    minutesPublished: true,
    items: [
      {
        title: { kk: 'Қаладағы атмосфералық ауаның сапасы', ru: 'О качестве атмосферного воздуха в городе', en: 'Air quality in the city' },
        category: 'publicControl',
        source: 'member',
        body: 'ala-akimat',
        motion: { kind: 'decision', text: 'Информацию принять к сведению, вопрос оставить на контроле совета.', points: ['Информацию принять к сведению.', 'Вернуться к вопросу в IV квартале.'], votes: [21, 0, 1] },
        summary: 'Члены совета обсудили данные постов наблюдения и перевод ТЭЦ-2 на газ.',
      },
      {
        title: { kk: 'Алғашқы медициналық-санитариялық көмектің қолжетімділігі', ru: 'О доступности первичной медико-санитарной помощи', en: 'Access to primary health care' },
        category: 'headReport',
        source: 'secretary',
        rapporteur: 'Руководитель управления здравоохранения',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [20, 0, 2] },
        summary: 'Руководитель управления рассказал о записи к врачу и очередях в поликлиниках новых микрорайонов.',
      },
    ],
  },
  {
    council: 'almaty',
    startsAt: '2025-09-11T15:00:00+05:00',
    state: 'closed',
    place: ALMATY_HALL,
    present: 25,
    minutesPublished: true,
    items: [
      {
        title: { kk: 'Қаланың 2025–2026 жылдардағы жылыту маусымына дайындығы', ru: 'О подготовке города к отопительному сезону 2025–2026 годов', en: 'The city’s preparation for the 2025–2026 heating season' },
        category: 'publicControl',
        source: 'secretary',
        body: 'ala-akimat',
        rapporteur: 'Руководитель управления энергетики',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [24, 0, 1] },
        summary: 'Докладчик сообщил о ремонте тепловых сетей. Члены совета спросили о графике подключения домов.',
      },
      {
        title: { kk: 'Алматы қаласының 2026–2028 жылдарға арналған бюджетінің жобасы', ru: 'О проекте бюджета города Алматы на 2026–2028 годы', en: 'The draft Almaty city budget for 2026–2028' },
        category: 'budgetProgramme',
        source: 'stateBody',
        body: 'ala-maslikhat',
        motion: { kind: 'decision', text: 'Одобрить проект бюджета.', points: ['Одобрить проект бюджета.'], votes: [18, 5, 2] },
        summary: 'Пятеро членов совета голосовали против: по их мнению, расходы на общественный транспорт занижены.',
      },
    ],
  },
  {
    council: 'almaty',
    startsAt: '2025-12-11T15:00:00+05:00',
    state: 'closed',
    place: ALMATY_HALL,
    present: 23,
    minutesPublished: true,
    items: [
      {
        title: { kk: 'Әкімдіктің азаматтардың өтініштерімен жұмысы туралы', ru: 'О работе акимата с обращениями граждан', en: 'How the akimat handles citizens’ appeals' },
        category: 'headReport',
        source: 'secretary',
        body: 'ala-akimat',
        motion: { kind: 'decision', text: 'Информацию принять к сведению.', points: ['Информацию принять к сведению.'], votes: [21, 0, 2] },
        summary: 'Заслушан отчёт о сроках и качестве ответов на обращения граждан за 11 месяцев.',
      },
      {
        title: { kk: 'Қоғамдық кеңестің 2026 жылға арналған жұмыс жоспары', ru: 'О плане работы общественного совета на 2026 год', en: 'The council’s work plan for 2026' },
        category: 'ownInitiative',
        source: 'member',
        motion: { kind: 'decision', text: 'Утвердить план работы на 2026 год.', points: ['Утвердить план работы на 2026 год.'], votes: [23, 0, 0] },
        summary: 'Члены совета внесли в план вопросы экологии и общественного транспорта.',
      },
    ],
  },
];

/**
 * Links the demo members' accounts to their people and loads the meetings: Kokshetau's three held
 * this year and Almaty's four of 2025, with attendance, roll-call votes and results computed by the
 * law engine, and Kokshetau's next one, announced. Runs once (when no meeting exists); one audit event per link and per meeting.
 */
export async function seedDemoMeetings(ctx: RequestContext, manager: EntityManager, audit: AuditService): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await manager.query('SELECT count(*)::int AS n FROM meeting');
  if (n > 0) return 0;
  for (const link of DEMO_MEMBER_LINKS) {
    const rows: Array<{ person_id: string; user_id: string; jurisdiction_id: string }> = await manager.query(
      `SELECT p.id AS person_id, u.id AS user_id, c.jurisdiction_id
         FROM person p JOIN membership m ON m.person_id = p.id JOIN convocation v ON v.id = m.convocation_id JOIN council c ON c.id = v.council_id
         JOIN user_account u ON u.email = $2
        WHERE p.full_name = $1 LIMIT 1`,
      [link.person, link.email],
    );
    const row = rows[0];
    if (!row) continue;
    await manager.query('INSERT INTO person_account (person_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [row.person_id, row.user_id]);
    await audit.record(ctx, { chain: row.jurisdiction_id, action: 'member.accountLinked', entityType: 'person', entityId: row.person_id, data: { source: 'demo-seed' } });
  }
  const perCouncil = new Map<string, number>();
  let seeded = 0;
  for (const dm of DEMO_MEETINGS) {
    const [council]: Array<{ id: string; jurisdiction_id: string }> = await manager.query('SELECT id, jurisdiction_id FROM council WHERE slug = $1', [dm.council]);
    if (!council) continue;
    const day = dm.startsAt.slice(0, 10);
    const [convocation]: Array<{ id: string }> = await manager.query(
      'SELECT id FROM convocation WHERE council_id = $1 AND starts_on <= $2 AND ends_on > $2',
      [council.id, day],
    );
    if (!convocation) continue;
    const number = (perCouncil.get(dm.council) ?? 0) + 1;
    perCouncil.set(dm.council, number);
    const starts = new Date(dm.startsAt);
    const closed = dm.state === 'closed';
    const [meeting]: Array<{ id: string }> = await manager.query(
      `INSERT INTO meeting (council_id, convocation_id, number, type, state, starts_at, ends_at, place, announced_at, opened_at, closed_at, revision)
       VALUES ($1, $2, $3, 'regular', $4, $5, $6, $7, $8, $9, $10, 0) RETURNING id`,
      [
        council.id,
        convocation.id,
        number,
        dm.state,
        starts,
        new Date(starts.getTime() + 2 * 3600_000),
        JSON.stringify(dm.place),
        new Date(starts.getTime() - 10 * 86_400_000),
        closed ? starts : null,
        closed ? new Date(starts.getTime() + 2 * 3600_000) : null,
      ],
    );
    await manager.query(`INSERT INTO meeting_invitee (meeting_id, kind, name) VALUES ($1, 'media', 'Кокшетау ТВ'), ($1, 'public', 'Жители города')`, [meeting.id]);
    const seats: Array<{ person_id: string; role: string }> = await manager.query(
      `SELECT m.person_id, m.role FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.convocation_id = $1 AND m.is_voting_member AND m.starts_on <= $2 AND (m.ends_on IS NULL OR m.ends_on > $2)
        ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'deputyChair' THEN 1 ELSE 2 END, p.full_name, m.person_id`,
      [convocation.id, day],
    );
    const present = seats.slice(0, Math.min(dm.present, seats.length));
    for (const [i, s] of seats.entries()) {
      if (!closed) break;
      const here = i < present.length;
      await manager.query(`INSERT INTO attendance (meeting_id, person_id, status, absence_reason, recorded_at) VALUES ($1, $2, $3, $4, $5)`, [
        meeting.id,
        s.person_id,
        here ? (i % 5 === 4 ? 'remote' : 'inPerson') : 'absent',
        here ? null : i % 2 ? 'Болезнь' : 'Командировка',
        starts,
      ]);
    }
    for (const [index, item] of dm.items.entries()) {
      const bodyId = item.body ? await bodyIdOf(manager, item.body) : null;
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO agenda_item (meeting_id, position, title, category, source, rapporteur, related_body_id, public_comments_open)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [meeting.id, index + 1, JSON.stringify(item.title), item.category, item.source, item.rapporteur ?? null, bodyId, item.publicComments ?? false],
      );
      if (!item.motion || !closed) continue;
      const [forN, againstN, abstainN] = item.motion.votes;
      const [motion]: Array<{ id: string }> = await manager.query(
        `INSERT INTO motion (item_id, number, kind, text, points, state, opened_at, quorum_at_open)
         VALUES ($1, 1, $2, $3, $4, 'open', $5, $6) RETURNING id`,
        [
          row.id,
          item.motion.kind,
          item.motion.text,
          JSON.stringify(item.motion.points),
          starts,
          JSON.stringify({ present: present.length, totalMembers: seats.length, required: Math.ceil((2 * seats.length) / 3), reached: true }),
        ],
      );
      if (item.motion.lead) {
        await manager.query('INSERT INTO motion_addressee (motion_id, state_body_id, lead) VALUES ($1, $2, true)', [motion.id, await bodyIdOf(manager, item.motion.lead)]);
      }
      for (const other of item.motion.also ?? []) {
        await manager.query('INSERT INTO motion_addressee (motion_id, state_body_id, lead) VALUES ($1, $2, false)', [motion.id, await bodyIdOf(manager, other)]);
      }
      const choices: string[] = [...Array<string>(forN).fill('for'), ...Array<string>(againstN).fill('against'), ...Array<string>(abstainN).fill('abstain')];
      for (const [i, choice] of choices.entries()) {
        const voter = present[i];
        if (!voter) break;
        await manager.query('INSERT INTO vote (motion_id, person_id, choice, cast_at) VALUES ($1, $2, $3, $4)', [motion.id, voter.person_id, choice, starts]);
      }
      const chairVote = choices[present.findIndex((p) => p.role === 'chair')] as 'for' | 'against' | 'abstain' | undefined;
      const tally = tallyVote(defaultKazakhstanRuleSet, {
        for: forN,
        against: againstN,
        abstain: abstainN,
        recused: 0,
        present: present.length,
        totalMembers: seats.length,
        ...(chairVote ? { chairVote } : {}),
      });
      const result = {
        for: forN,
        against: againstN,
        abstain: abstainN,
        recused: 0,
        present: present.length,
        totalMembers: seats.length,
        required: tally.required,
        adopted: tally.adopted,
        reason: tally.reason,
        tieBrokenByChair: tally.tieBrokenByChair,
      };
      await manager.query(`UPDATE motion SET state = 'closed', closed_at = $2, result = $3 WHERE id = $1`, [motion.id, new Date(starts.getTime() + 3600_000), JSON.stringify(result)]);
    }
    await audit.record(ctx, { chain: council.jurisdiction_id, action: 'meeting.created', entityType: 'meeting', entityId: meeting.id, data: { councilId: council.id, source: 'demo-seed' } });
    seeded++;
  }
  return seeded;
}

async function bodyIdOf(manager: EntityManager, key: string): Promise<string | null> {
  const name = DEMO_BODIES.find((b) => b.key === key)?.name.ru;
  const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM state_body WHERE name->>'ru' = $1 LIMIT 1`, [name]);
  return rows[0]?.id ?? null;
}
