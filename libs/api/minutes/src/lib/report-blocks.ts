import type { Locale, PrintBlock } from '@kenes/domain';
import type { AnnualReportEntity } from './minutes.entities';

const L = {
  kk: { title: 'ЖЫЛДЫҚ ЕСЕП', meetings: 'Өткізілген отырыстар', min: 'ең аз саны', attendance: 'Мүшелердің қатысуы', items: 'Мәселелер санаттары бойынша', sources: 'Мәселелер көздері бойынша', recs: 'Қабылданған ұсынымдар', bodies: 'Органдардың уақтылы жауаптары', exec: 'Міндеттемелердің орындалуы', changes: 'Құрамдағы өзгерістер', member: 'Мүше', share: 'Қатысты', body: 'Орган', onTime: 'Уақтылы', none: '—' },
  ru: { title: 'ЕЖЕГОДНЫЙ ОТЧЁТ', meetings: 'Проведено заседаний', min: 'минимум', attendance: 'Посещаемость членов совета', items: 'Вопросы по категориям', sources: 'Вопросы по источникам', recs: 'Принято рекомендаций', bodies: 'Своевременность ответов органов', exec: 'Исполнение обязательств', changes: 'Изменения состава', member: 'Член совета', share: 'Присутствовал', body: 'Орган', onTime: 'В срок', none: '—' },
  en: { title: 'ANNUAL REPORT', meetings: 'Meetings held', min: 'minimum', attendance: 'Attendance of members', items: 'Items by category', sources: 'Items by source', recs: 'Recommendations adopted', bodies: 'On-time answers by body', exec: 'Execution of commitments', changes: 'Changes in composition', member: 'Member', share: 'Attended', body: 'Body', onTime: 'On time', none: '—' },
} as const;

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** The annual report as printed blocks. */
export function reportBlocks(r: AnnualReportEntity, council: string, locale: Locale): PrintBlock[] {
  const l = L[locale];
  const f = r.figures;
  return [
    { kind: 'subtitle', text: council },
    { kind: 'title', text: `${l.title} ${f.year}` },
    { kind: 'para', text: `${l.meetings}: ${f.meetingsHeld}${f.meetingsRequired === null ? '' : ` (${l.min} ${f.meetingsRequired})`}` },
    { kind: 'heading', text: l.attendance },
    { kind: 'table', head: [l.member, l.share], rows: f.attendance.map((a) => [a.name, `${a.attended} / ${a.of} (${pct(a.rate)})`]) },
    { kind: 'heading', text: l.items },
    { kind: 'list', items: f.itemsByCategory.map((c) => `${c.key}: ${c.count}`) },
    { kind: 'heading', text: l.sources },
    { kind: 'list', items: f.itemsBySource.map((c) => `${c.key}: ${c.count}`) },
    { kind: 'para', text: `${l.recs}: ${f.recommendations}` },
    { kind: 'heading', text: l.bodies },
    { kind: 'table', head: [l.body, l.onTime], rows: f.bodies.map((b) => [b.name, `${b.answeredOnTime} / ${b.total} (${pct(b.onTimeRate)})`]) },
    { kind: 'para', text: `${l.exec}: ${f.commitmentsExecuted} / ${f.commitments} (${pct(f.executionRate)})` },
    { kind: 'heading', text: l.changes },
    { kind: 'list', items: f.compositionChanges.length ? f.compositionChanges.map((c) => `${c.on}: ${c.name} — ${c.change}${c.reason ? ` (${c.reason})` : ''}`) : [l.none] },
  ];
}
