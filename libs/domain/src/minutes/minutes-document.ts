import type { Locale } from '../common/localized-text';

/**
 * The minutes (хаттама · протокол) as a document: assembled from the meeting record, with the
 * discussion summaries the secretary writes and the dissenting opinions members attach. Versions
 * store this model; the printed text, the PDF and the diff between versions are derived from it.
 */

export type MinutesChoice = 'for' | 'against' | 'abstain' | 'recused' | 'absent';

export interface MinutesText {
  readonly kk?: string | null;
  readonly ru: string;
  readonly en?: string | null;
}

export interface MinutesRecordMotion {
  readonly id: string;
  readonly number: number;
  readonly kind: 'decision' | 'recommendation';
  readonly text: string;
  readonly points: readonly string[];
  readonly addressees: ReadonlyArray<{ readonly name: MinutesText; readonly lead: boolean }>;
  readonly quorum: { readonly present: number; readonly totalMembers: number; readonly required: number; readonly reached: boolean } | null;
  readonly result: { readonly for: number; readonly against: number; readonly abstain: number; readonly recused: number; readonly adopted: boolean } | null;
  readonly votes: ReadonlyArray<{ readonly personId: string; readonly choice: 'for' | 'against' | 'abstain' }>;
  readonly recused: readonly string[];
}

export interface MinutesRecordItem {
  readonly id: string;
  readonly position: number;
  readonly title: MinutesText;
  readonly category: string;
  readonly rapporteur: string | null;
  readonly motions: readonly MinutesRecordMotion[];
}

/** What the meeting record holds, as the API reads it. */
export interface MinutesRecord {
  readonly council: MinutesText;
  readonly meetingNumber: number;
  readonly meetingType: string;
  readonly date: string;
  readonly time: string;
  readonly place: MinutesText | null;
  readonly onlineUrl: string | null;
  readonly members: ReadonlyArray<{ readonly personId: string; readonly fullName: string; readonly role: string; readonly voting: boolean }>;
  readonly attendance: ReadonlyArray<{ readonly personId: string; readonly status: 'inPerson' | 'remote' | 'absent' }>;
  readonly invitees: readonly string[];
  readonly items: readonly MinutesRecordItem[];
}

export interface MinutesVoteLine {
  readonly name: string;
  readonly choice: MinutesChoice;
}

export interface MinutesMotion {
  readonly number: number;
  readonly kind: 'decision' | 'recommendation';
  readonly text: string;
  readonly points: readonly string[];
  readonly addressees: ReadonlyArray<{ readonly name: MinutesText; readonly lead: boolean }>;
  readonly quorum: MinutesRecordMotion['quorum'];
  readonly counts: { readonly for: number; readonly against: number; readonly abstain: number; readonly recused: number } | null;
  readonly adopted: boolean | null;
  readonly rollCall: readonly MinutesVoteLine[];
}

export interface MinutesItem {
  readonly itemId: string;
  readonly position: number;
  readonly title: MinutesText;
  readonly category: string;
  readonly rapporteur: string | null;
  readonly summary: string;
  readonly motions: readonly MinutesMotion[];
}

export interface MinutesDissent {
  readonly name: string;
  readonly itemPosition: number | null;
  readonly text: string;
}

export interface MinutesDocument {
  readonly council: MinutesText;
  readonly meetingNumber: number;
  readonly meetingType: string;
  readonly date: string;
  readonly time: string;
  readonly place: MinutesText | null;
  readonly format: 'inPerson' | 'online' | 'mixed';
  readonly present: readonly string[];
  readonly remote: readonly string[];
  readonly absent: readonly string[];
  readonly totalMembers: number;
  readonly invitees: readonly string[];
  readonly chair: string | null;
  readonly secretary: string | null;
  readonly items: readonly MinutesItem[];
  readonly dissents: readonly MinutesDissent[];
}

/**
 * Builds the minutes from the record. Summaries already written (by item id) are kept, so a
 * regenerated draft loses none of the secretary's work; dissents are attached as given.
 */
export function assembleMinutes(
  record: MinutesRecord,
  summaries: Readonly<Record<string, string>> = {},
  dissents: readonly MinutesDissent[] = [],
): MinutesDocument {
  const voting = record.members.filter((m) => m.voting);
  const name = new Map(record.members.map((m) => [m.personId, m.fullName]));
  const status = new Map(record.attendance.map((a) => [a.personId, a.status]));
  const byStatus = (s: 'inPerson' | 'remote' | 'absent') =>
    voting.filter((m) => (status.get(m.personId) ?? 'absent') === s).map((m) => m.fullName);
  const present = byStatus('inPerson');
  const remote = byStatus('remote');
  const format = record.onlineUrl && !record.place ? 'online' : remote.length > 0 || record.onlineUrl ? 'mixed' : 'inPerson';
  return {
    council: record.council,
    meetingNumber: record.meetingNumber,
    meetingType: record.meetingType,
    date: record.date,
    time: record.time,
    place: record.place,
    format,
    present,
    remote,
    absent: byStatus('absent'),
    totalMembers: voting.length,
    invitees: record.invitees,
    chair: record.members.find((m) => m.role === 'chair')?.fullName ?? null,
    secretary: record.members.find((m) => m.role === 'secretary')?.fullName ?? null,
    items: [...record.items]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        itemId: item.id,
        position: item.position,
        title: item.title,
        category: item.category,
        rapporteur: item.rapporteur,
        summary: summaries[item.id] ?? '',
        motions: item.motions
          .filter((m) => m.result !== null)
          .sort((a, b) => a.number - b.number)
          .map((m) => {
            const choice = new Map(m.votes.map((v) => [v.personId, v.choice]));
            const recused = new Set(m.recused);
            return {
              number: m.number,
              kind: m.kind,
              text: m.text,
              points: m.points,
              addressees: m.addressees,
              quorum: m.quorum,
              counts: m.result ? { for: m.result.for, against: m.result.against, abstain: m.result.abstain, recused: m.result.recused } : null,
              adopted: m.result ? m.result.adopted : null,
              rollCall: voting.map((v) => ({
                name: name.get(v.personId) ?? v.personId,
                choice: recused.has(v.personId) ? 'recused' : (choice.get(v.personId) ?? ((status.get(v.personId) ?? 'absent') === 'absent' ? 'absent' : 'abstain')),
              })),
            };
          }),
      })),
    dissents,
  };
}

// ---- The printed form ------------------------------------------------------------------------

export type PrintBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: ReadonlyArray<readonly string[]> }
  | { readonly kind: 'signatures'; readonly lines: ReadonlyArray<{ readonly role: string; readonly name: string; readonly note: string }> };

interface Labels {
  minutes: string;
  meeting: (n: number) => string;
  council: string;
  date: string;
  place: string;
  format: Record<MinutesDocument['format'], string>;
  online: string;
  present: string;
  remote: string;
  absent: string;
  members: (present: number, total: number) => string;
  invited: string;
  agenda: string;
  item: (n: number) => string;
  rapporteur: string;
  discussion: string;
  noSummary: string;
  motion: (n: number, kind: 'decision' | 'recommendation') => string;
  addressees: string;
  lead: string;
  quorum: (p: number, t: number, r: number, ok: boolean) => string;
  counts: (f: number, a: number, ab: number, r: number) => string;
  adopted: string;
  notAdopted: string;
  rollCall: [string, string];
  choice: Record<MinutesChoice, string>;
  dissents: string;
  dissentOn: (pos: number | null) => string;
  chair: string;
  secretary: string;
  none: string;
  notice: string;
  noticeText: (n: number, date: string, time: string) => string;
}

const LABELS: Record<Locale, Labels> = {
  kk: {
    minutes: 'ХАТТАМА',
    meeting: (n) => `Қоғамдық кеңестің № ${n} отырысы`,
    council: 'Қоғамдық кеңес',
    date: 'Өткізілген күні мен уақыты',
    place: 'Өткізілген орны',
    format: { inPerson: 'бетпе-бет', online: 'онлайн', mixed: 'аралас (бетпе-бет және онлайн)' },
    online: 'онлайн',
    present: 'Қатысқандар',
    remote: 'Қашықтан қатысқандар',
    absent: 'Қатыспағандар',
    members: (p, t) => `Кеңес мүшелері: барлығы ${t}, қатысқаны ${p}`,
    invited: 'Шақырылғандар',
    agenda: 'КҮН ТӘРТІБІ',
    item: (n) => `${n}-мәселе`,
    rapporteur: 'Баяндамашы',
    discussion: 'Талқылау',
    noSummary: '(талқылаудың қысқаша мазмұны әлі жазылмаған)',
    motion: (n, k) => (k === 'recommendation' ? `Ұсыным № ${n}` : `Шешім № ${n}`),
    addressees: 'Кімге жіберіледі',
    lead: 'жауапты',
    quorum: (p, t, r, ok) => `Кворум: ${t} мүшеден ${p} қатысты, ${r} қажет — ${ok ? 'бар' : 'жоқ'}`,
    counts: (f, a, ab, r) => `Дауыс беру қорытындысы: қолдайды — ${f}, қарсы — ${a}, қалыс қалды — ${ab}, бас тартты — ${r}`,
    adopted: 'ҚАБЫЛДАНДЫ',
    notAdopted: 'ҚАБЫЛДАНБАДЫ',
    rollCall: ['Кеңес мүшесі', 'Дауыс'],
    choice: { for: 'қолдайды', against: 'қарсы', abstain: 'қалыс қалды', recused: 'мүдделер қақтығысы', absent: 'қатыспады' },
    dissents: 'ЕРЕКШЕ ПІКІРЛЕР',
    dissentOn: (p) => (p === null ? 'жалпы' : `${p}-мәселе бойынша`),
    chair: 'Төраға',
    secretary: 'Хатшы',
    none: '—',
    notice: 'ХАБАРЛАМА',
    noticeText: (n, d, t) => `Қоғамдық кеңестің № ${n} отырысы ${d}, сағат ${t} өтеді.`,
  },
  ru: {
    minutes: 'ПРОТОКОЛ',
    meeting: (n) => `заседания общественного совета № ${n}`,
    council: 'Общественный совет',
    date: 'Дата и время проведения',
    place: 'Место проведения',
    format: { inPerson: 'очно', online: 'онлайн', mixed: 'смешанный (очно и онлайн)' },
    online: 'онлайн',
    present: 'Присутствовали',
    remote: 'Участвовали дистанционно',
    absent: 'Отсутствовали',
    members: (p, t) => `Членов совета: всего ${t}, присутствовали ${p}`,
    invited: 'Приглашённые',
    agenda: 'ПОВЕСТКА ДНЯ',
    item: (n) => `Вопрос ${n}`,
    rapporteur: 'Докладчик',
    discussion: 'Обсуждение',
    noSummary: '(краткое содержание обсуждения ещё не внесено)',
    motion: (n, k) => (k === 'recommendation' ? `Рекомендация № ${n}` : `Решение № ${n}`),
    addressees: 'Адресаты',
    lead: 'ответственный',
    quorum: (p, t, r, ok) => `Кворум: присутствовали ${p} из ${t}, требуется ${r} — ${ok ? 'имеется' : 'отсутствует'}`,
    counts: (f, a, ab, r) => `Итоги голосования: за — ${f}, против — ${a}, воздержались — ${ab}, самоотвод — ${r}`,
    adopted: 'ПРИНЯТО',
    notAdopted: 'НЕ ПРИНЯТО',
    rollCall: ['Член совета', 'Голос'],
    choice: { for: 'за', against: 'против', abstain: 'воздержался', recused: 'самоотвод', absent: 'отсутствовал' },
    dissents: 'ОСОБЫЕ МНЕНИЯ',
    dissentOn: (p) => (p === null ? 'общее' : `по вопросу ${p}`),
    chair: 'Председатель',
    secretary: 'Секретарь',
    none: '—',
    notice: 'УВЕДОМЛЕНИЕ',
    noticeText: (n, d, t) => `Заседание общественного совета № ${n} состоится ${d} в ${t}.`,
  },
  en: {
    minutes: 'MINUTES',
    meeting: (n) => `of meeting No. ${n} of the public council`,
    council: 'Public council',
    date: 'Date and time',
    place: 'Place',
    format: { inPerson: 'in person', online: 'online', mixed: 'mixed (in person and online)' },
    online: 'online',
    present: 'Present',
    remote: 'Took part remotely',
    absent: 'Absent',
    members: (p, t) => `Members: ${t} in all, ${p} present`,
    invited: 'Invited',
    agenda: 'AGENDA',
    item: (n) => `Item ${n}`,
    rapporteur: 'Rapporteur',
    discussion: 'Discussion',
    noSummary: '(the summary of the discussion has not been written yet)',
    motion: (n, k) => (k === 'recommendation' ? `Recommendation No. ${n}` : `Decision No. ${n}`),
    addressees: 'Addressed to',
    lead: 'lead',
    quorum: (p, t, r, ok) => `Quorum: ${p} of ${t} present, ${r} required — ${ok ? 'reached' : 'not reached'}`,
    counts: (f, a, ab, r) => `Result of the vote: for — ${f}, against — ${a}, abstained — ${ab}, recused — ${r}`,
    adopted: 'ADOPTED',
    notAdopted: 'NOT ADOPTED',
    rollCall: ['Member', 'Vote'],
    choice: { for: 'for', against: 'against', abstain: 'abstained', recused: 'recused', absent: 'absent' },
    dissents: 'DISSENTING OPINIONS',
    dissentOn: (p) => (p === null ? 'general' : `on item ${p}`),
    chair: 'Chair',
    secretary: 'Secretary',
    none: '—',
    notice: 'NOTICE',
    noticeText: (n, d, t) => `Meeting No. ${n} of the public council will be held on ${d} at ${t}.`,
  },
};

export function pickText(t: MinutesText | null | undefined, locale: Locale): string {
  if (!t) return '';
  return (locale === 'kk' ? t.kk : locale === 'en' ? t.en : t.ru) || t.ru;
}

const names = (list: readonly string[], none: string) => (list.length ? list.join(', ') : none);

/** The head of every document of a meeting: the council, the document's title, date, place. */
function head(doc: Pick<MinutesDocument, 'council' | 'meetingNumber' | 'date' | 'time' | 'place' | 'format'>, title: string, l: Labels, locale: Locale): PrintBlock[] {
  return [
    { kind: 'subtitle', text: pickText(doc.council, locale) },
    { kind: 'title', text: title },
    { kind: 'subtitle', text: l.meeting(doc.meetingNumber) },
    { kind: 'para', text: `${l.date}: ${doc.date}, ${doc.time}` },
    { kind: 'para', text: `${l.place}: ${pickText(doc.place, locale) || l.online} (${l.format[doc.format]})` },
  ];
}

/** The minutes as printed blocks, in one language. Its text (one line per block line) is what versions are compared by. */
export function minutesBlocks(doc: MinutesDocument, locale: Locale, signatures: ReadonlyArray<{ role: 'chair' | 'secretary'; name: string; note: string }> = []): PrintBlock[] {
  const l = LABELS[locale];
  const blocks: PrintBlock[] = head(doc, l.minutes, l, locale);
  const presentCount = doc.present.length + doc.remote.length;
  blocks.push(
    { kind: 'para', text: l.members(presentCount, doc.totalMembers) },
    { kind: 'para', text: `${l.present}: ${names(doc.present, l.none)}` },
  );
  if (doc.remote.length) blocks.push({ kind: 'para', text: `${l.remote}: ${names(doc.remote, l.none)}` });
  blocks.push({ kind: 'para', text: `${l.absent}: ${names(doc.absent, l.none)}` });
  if (doc.invitees.length) blocks.push({ kind: 'para', text: `${l.invited}: ${doc.invitees.join(', ')}` });
  blocks.push({ kind: 'heading', text: l.agenda }, { kind: 'list', items: doc.items.map((i) => `${i.position}. ${pickText(i.title, locale)}`) });
  for (const item of doc.items) {
    blocks.push({ kind: 'heading', text: `${l.item(item.position)}. ${pickText(item.title, locale)}` });
    if (item.rapporteur) blocks.push({ kind: 'para', text: `${l.rapporteur}: ${item.rapporteur}` });
    blocks.push({ kind: 'para', text: `${l.discussion}: ${item.summary.trim() || l.noSummary}` });
    for (const m of item.motions) {
      blocks.push({ kind: 'para', text: `${l.motion(m.number, m.kind)}: ${m.text}` });
      if (m.points.length) blocks.push({ kind: 'list', items: m.points.map((p, i) => `${i + 1}. ${p}`) });
      if (m.addressees.length) {
        blocks.push({ kind: 'para', text: `${l.addressees}: ${m.addressees.map((a) => pickText(a.name, locale) + (a.lead ? ` (${l.lead})` : '')).join('; ')}` });
      }
      if (m.quorum) blocks.push({ kind: 'para', text: l.quorum(m.quorum.present, m.quorum.totalMembers, m.quorum.required, m.quorum.reached) });
      if (m.counts) blocks.push({ kind: 'para', text: `${l.counts(m.counts.for, m.counts.against, m.counts.abstain, m.counts.recused)} — ${m.adopted ? l.adopted : l.notAdopted}` });
      blocks.push({ kind: 'table', head: l.rollCall, rows: m.rollCall.map((v) => [v.name, l.choice[v.choice]]) });
    }
  }
  if (doc.dissents.length) {
    blocks.push({ kind: 'heading', text: l.dissents });
    for (const d of doc.dissents) blocks.push({ kind: 'para', text: `${d.name} (${l.dissentOn(d.itemPosition)}): ${d.text}` });
  }
  const signed = new Map(signatures.map((s) => [s.role, s]));
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: l.chair, name: signed.get('chair')?.name ?? doc.chair ?? '', note: signed.get('chair')?.note ?? '' },
      { role: l.secretary, name: signed.get('secretary')?.name ?? doc.secretary ?? '', note: signed.get('secretary')?.note ?? '' },
    ],
  });
  return blocks;
}

/** The agenda of a meeting as printed blocks. */
export function agendaBlocks(doc: MinutesDocument, locale: Locale): PrintBlock[] {
  const l = LABELS[locale];
  return [
    ...head(doc, l.agenda, l, locale),
    {
      kind: 'list',
      items: doc.items.map((i) => `${i.position}. ${pickText(i.title, locale)}${i.rapporteur ? ` — ${l.rapporteur}: ${i.rapporteur}` : ''}`),
    },
  ];
}

/** The notice of a meeting as printed blocks. */
export function noticeBlocks(doc: MinutesDocument, locale: Locale): PrintBlock[] {
  const l = LABELS[locale];
  return [
    ...head(doc, l.notice, l, locale),
    { kind: 'para', text: l.noticeText(doc.meetingNumber, doc.date, doc.time) },
    { kind: 'heading', text: l.agenda },
    { kind: 'list', items: doc.items.map((i) => `${i.position}. ${pickText(i.title, locale)}`) },
  ];
}

/** Blocks as lines of plain text: what the diff compares and what a screen reader reads. */
export function blocksText(blocks: readonly PrintBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'list':
        return [...b.items];
      case 'table':
        return b.rows.map((r) => r.join(' — '));
      case 'signatures':
        return b.lines.map((s) => `${s.role}: ${s.name}${s.note ? ` (${s.note})` : ''}`);
      default:
        return [b.text];
    }
  });
}
