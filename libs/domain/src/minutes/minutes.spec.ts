import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import { annualReportFigures } from './annual-report';
import { assembleMinutes, blocksText, minutesBlocks, type MinutesRecord } from './minutes-document';
import { changedLines, diffLines } from './text-diff';

const record: MinutesRecord = {
  council: { ru: 'Общественный совет г. Кокшетау', kk: 'Көкшетау қаласының қоғамдық кеңесі' },
  meetingNumber: 3,
  meetingType: 'regular',
  date: '14.09.2026',
  time: '10:00',
  place: { ru: 'Акимат, зал 2' },
  onlineUrl: null,
  members: [
    { personId: 'a', fullName: 'Әлия Сәрсенова', role: 'chair', voting: true },
    { personId: 'b', fullName: 'Ғалым Құрманов', role: 'member', voting: true },
    { personId: 'c', fullName: 'Іңкәр Өмірзақова', role: 'member', voting: true },
    { personId: 's', fullName: 'Секретарь Сек', role: 'secretary', voting: false },
  ],
  attendance: [
    { personId: 'a', status: 'inPerson' },
    { personId: 'b', status: 'remote' },
    { personId: 'c', status: 'absent' },
  ],
  invitees: [],
  items: [
    {
      id: 'i2',
      position: 2,
      title: { ru: 'О тарифах' },
      category: 'other',
      rapporteur: null,
      motions: [],
    },
    {
      id: 'i1',
      position: 1,
      title: { ru: 'О льготах', kk: 'Жеңілдіктер туралы' },
      category: 'citizenAppeal',
      rapporteur: 'Начальник отдела',
      motions: [
        {
          id: 'm1',
          number: 1,
          kind: 'recommendation',
          text: 'Рекомендовать расширить льготы',
          points: ['Пенсионерам', 'Студентам'],
          addressees: [{ name: { ru: 'Отдел транспорта' }, lead: true }],
          quorum: { present: 2, totalMembers: 3, required: 2, reached: true },
          result: { for: 1, against: 1, abstain: 0, recused: 0, adopted: true },
          votes: [
            { personId: 'a', choice: 'for' },
            { personId: 'b', choice: 'against' },
          ],
          recused: [],
        },
      ],
    },
  ],
};

describe('minutes document', () => {
  it('assembles attendance, items in order, the roll call with the absent, and keeps summaries', () => {
    const doc = assembleMinutes(record, { i1: 'Обсудили льготы' }, [{ name: 'Ғалым Құрманов', itemPosition: 1, text: 'Против: нет денег' }]);
    expect(doc).toMatchObject({ present: ['Әлия Сәрсенова'], remote: ['Ғалым Құрманов'], absent: ['Іңкәр Өмірзақова'], totalMembers: 3, format: 'mixed', chair: 'Әлия Сәрсенова', secretary: 'Секретарь Сек' });
    expect(doc.items.map((i) => i.position)).toEqual([1, 2]);
    expect(doc.items[0].summary).toBe('Обсудили льготы');
    expect(doc.items[0].motions[0].rollCall).toEqual([
      { name: 'Әлия Сәрсенова', choice: 'for' },
      { name: 'Ғалым Құрманов', choice: 'against' },
      { name: 'Іңкәр Өмірзақова', choice: 'absent' },
    ]);
  });

  it('prints in Kazakh and Russian with counts, quorum, addressees and dissents', () => {
    const doc = assembleMinutes(record, {}, [{ name: 'Ғалым Құрманов', itemPosition: 1, text: 'Против' }]);
    const kk = blocksText(minutesBlocks(doc, 'kk')).join('\n');
    expect(kk).toContain('ХАТТАМА');
    expect(kk).toContain('Жеңілдіктер туралы');
    expect(kk).toContain('қолдайды — 1, қарсы — 1');
    const ru = blocksText(minutesBlocks(doc, 'ru')).join('\n');
    expect(ru).toContain('Кворум: присутствовали 2 из 3, требуется 2 — имеется');
    expect(ru).toContain('Отдел транспорта (ответственный)');
    expect(ru).toContain('ОСОБЫЕ МНЕНИЯ');
    expect(ru).toContain('(краткое содержание обсуждения ещё не внесено)');
  });
});

describe('text diff', () => {
  it('marks removed and added lines around what stayed', () => {
    const d = diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(d).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'same', text: 'd' },
      { op: 'added', text: 'e' },
    ]);
    expect(changedLines(d, 0).map((l) => l.op)).toEqual(['removed', 'added', 'added']);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe('annual report figures', () => {
  it('counts meetings against the minimum, attendance, items, on-time answers per body and execution', () => {
    const f = annualReportFigures(
      {
        year: 2026,
        frequency: { kind: 'frequency', activity: 'meeting', period: 'quarter', min: 1 },
        meetings: [
          { id: 'm1', date: '2026-03-10' },
          { id: 'm2', date: '2026-06-10' },
          { id: 'm3', date: '2026-09-10' },
        ],
        attendance: [
          { meetingId: 'm1', personId: 'a', name: 'A', present: true },
          { meetingId: 'm2', personId: 'a', name: 'A', present: false },
          { meetingId: 'm1', personId: 'b', name: 'B', present: true },
        ],
        items: [
          { category: 'other', source: 'member' },
          { category: 'other', source: 'citizen' },
          { category: 'budgetProgramme', source: 'member' },
        ],
        recommendations: 2,
        obligations: [
          { bodyId: 't', bodyName: 'Transport', due: '2026-04-10', answeredOn: '2026-04-09' },
          { bodyId: 'f', bodyName: 'Finance', due: '2026-04-10', answeredOn: '2026-04-20' },
          { bodyId: 'f', bodyName: 'Finance', due: '2026-12-20' },
        ],
        commitments: [{ due: '2026-05-01', doneOn: '2026-04-30' }, { due: '2026-05-01' }],
        compositionChanges: [{ name: 'C', change: 'left', on: '2026-05-01', reason: 'own application' }],
      },
      kazakhstanCalendar([2026]),
      '2026-11-28',
    );
    expect(f).toMatchObject({ meetingsHeld: 3, meetingsRequired: 4, meetingsMinimumMet: false, items: 3, recommendations: 2, onTimeRate: 0.5, commitments: 2, commitmentsExecuted: 1, executionRate: 0.5 });
    expect(f.attendance).toEqual([
      { personId: 'a', name: 'A', attended: 1, of: 2, rate: 0.5 },
      { personId: 'b', name: 'B', attended: 1, of: 1, rate: 1 },
    ]);
    expect(f.itemsByCategory).toEqual([{ key: 'other', count: 2 }, { key: 'budgetProgramme', count: 1 }]);
    expect(f.bodies).toEqual([
      { bodyId: 'f', name: 'Finance', total: 2, answeredOnTime: 0, onTimeRate: 0 },
      { bodyId: 't', name: 'Transport', total: 1, answeredOnTime: 1, onTimeRate: 1 },
    ]);
  });
});
