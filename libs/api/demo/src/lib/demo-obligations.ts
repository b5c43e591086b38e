import type { EntityManager } from 'typeorm';
import type { AuditService, LocalizedValue, RequestContext } from '@kenes/api/core';
import {
  applyObligationEvent,
  defaultKazakhstanRuleSet,
  kazakhstanCalendar,
  openObligation,
  type IsoDate,
  type ObligationEvent,
  type ResponseObligation,
} from '@kenes/domain';
import { DEMO_BODIES } from './demo-registry';

type Verdict = 'accepted' | 'partlyAccepted' | 'rejected' | 'needsStudy';

/** What each demo addressee did, in order: DEMO-DATA.md asks for every state. */
interface Script {
  events: Array<ObligationEvent & { step?: 'reminder' | 'overdueNotice' | 'headNotice' | 'supervisorNotice' }>;
  /** The ladder's last step: the council's next agenda carries the item (see DEMO_MEETINGS №4). */
  nextAgendaOn?: IsoDate;
  /** The signed answer (on the `answer` event's date), per point. */
  answer?: {
    signedBy: string;
    points: Array<{ verdict: Verdict; scope?: string; reasons?: string; owner?: string; due?: IsoDate; done?: { on: IsoDate; text: string; evidence: string } }>;
  };
}

const PHOTO = (n: number) => `https://www.gov.kz/memleket/entities/akmola-kokshetau/press/photo-report-${n}`;

/** The akim's measures: 11 of 18 executed, each with its report; the other 7 due at the end of the year. */
function akimMeasures(): NonNullable<Script['answer']>['points'] {
  return Array.from({ length: 18 }, (_, i) => ({
    verdict: 'accepted' as const,
    owner: 'Заместитель акима города',
    due: '2026-12-31',
    ...(i < 11 ? { done: { on: '2026-10-15', text: 'Исполнено, фотоотчёт опубликован', evidence: PHOTO(i + 1) } } : {}),
  }));
}

/** Scripts by the lead body's key, then by addressee key. */
const SCRIPTS: Record<string, Record<string, Script>> = {
  'kok-akimat': {
    'kok-akimat': {
      events: [
        { type: 'receive', date: '2026-03-13' },
        { type: 'answer', date: '2026-04-03' },
      ],
      answer: { signedBy: 'Аким города Кокшетау', points: akimMeasures() },
    },
  },
  'kok-transport': {
    // Answered on time, partly accepted: one commitment executed with a photo report, one overdue.
    'kok-transport': {
      events: [
        { type: 'receive', date: '2026-06-12' },
        { type: 'answer', date: '2026-07-01' },
      ],
      answer: {
        signedBy: 'Серік Назаров',
        points: [
          { verdict: 'accepted', owner: 'Начальник отдела пассажирского транспорта', due: '2026-09-01', done: { on: '2026-08-28', text: 'Постановление акимата принято, льгота действует с 1 сентября', evidence: PHOTO(101) } },
          { verdict: 'partlyAccepted', scope: 'Электронная карта льготника — для пенсионеров и людей с инвалидностью', owner: 'Главный специалист отдела', due: '2026-10-01' },
        ],
      },
    },
    // Answered late.
    'kok-finance': {
      events: [
        { type: 'receive', date: '2026-06-15' },
        { type: 'answer', date: '2026-07-20' },
      ],
      answer: {
        signedBy: 'Начальник отдела экономики и финансов',
        points: [{ verdict: 'needsStudy' }, { verdict: 'rejected', reasons: 'Средства на электронную карту в бюджете 2026 года не предусмотрены' }],
      },
    },
  },
  'kok-social': {
    // Overdue, escalated to the head and to the supervising akimat, put on the next agenda.
    'kok-social': {
      events: [
        { type: 'receive', date: '2026-09-14' },
        { type: 'markOverdue', date: '2026-10-13', step: 'overdueNotice' },
        { type: 'escalate', date: '2026-10-15', step: 'headNotice' },
        { type: 'escalate', date: '2026-10-26', step: 'supervisorNotice' },
      ],
      nextAgendaOn: '2026-10-26',
    },
  },
};

const calendar = kazakhstanCalendar([2025, 2026, 2027]);
const dctx = { ruleSet: defaultKazakhstanRuleSet, calendar };

/**
 * Kokshetau's recommendations from the seeded meetings, in every state DEMO-DATA.md asks for, made
 * with the domain's own clock and state machine (so every due date and trail step is one the
 * product would have produced). Runs once (when no recommendation exists); one audit event each.
 */
export async function seedDemoObligations(ctx: RequestContext, manager: EntityManager, audit: AuditService): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await manager.query('SELECT count(*)::int AS n FROM recommendation');
  if (n > 0) return 0;
  const motions: Array<{ motion_id: string; meeting_id: string; council_id: string; jurisdiction_id: string; text: string; points: string[]; title: LocalizedValue; category: string; starts_at: Date }> =
    await manager.query(
      `SELECT mo.id AS motion_id, m.id AS meeting_id, m.council_id, c.jurisdiction_id, mo.text, mo.points, i.title, i.category, m.starts_at
         FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id
        WHERE mo.kind = 'recommendation' AND mo.state = 'closed' AND (mo.result->>'adopted')::boolean
        ORDER BY m.starts_at, i.position`,
    );
  const keyOf = new Map<string, string>();
  for (const b of DEMO_BODIES) {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM state_body WHERE name->>'ru' = $1`, [b.name.ru]);
    if (rows[0]) keyOf.set(rows[0].id, b.key);
  }
  let seeded = 0;
  for (const [index, mo] of motions.entries()) {
    const adoptedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(mo.starts_at) as IsoDate;
    const documentType = mo.category === 'budgetProgramme' || mo.category === 'strategicPlan' ? 'budgetProgramme' : 'recommendation';
    const [rec]: Array<{ id: string }> = await manager.query(
      `INSERT INTO recommendation (motion_id, council_id, meeting_id, number, title, text, document_type, adopted_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [mo.motion_id, mo.council_id, mo.meeting_id, index + 1, JSON.stringify(mo.title), mo.text, documentType, adoptedOn],
    );
    const pointIds: string[] = [];
    for (const [i, text] of mo.points.entries()) {
      const [p]: Array<{ id: string }> = await manager.query('INSERT INTO recommendation_point (recommendation_id, number, text) VALUES ($1, $2, $3) RETURNING id', [rec.id, i + 1, text]);
      pointIds.push(p.id);
    }
    const addressees: Array<{ state_body_id: string; lead: boolean }> = await manager.query('SELECT state_body_id, lead FROM motion_addressee WHERE motion_id = $1 ORDER BY lead DESC, id', [mo.motion_id]);
    const leadKey = keyOf.get(addressees[0]?.state_body_id ?? '') ?? '';
    for (const a of addressees) {
      const script = SCRIPTS[leadKey]?.[keyOf.get(a.state_body_id) ?? ''];
      let o: ResponseObligation = openObligation(dctx, { documentType, addresseeBodyId: a.state_body_id, dispatchedOn: adoptedOn });
      const trail: Array<{ type: string; date: string; data: Record<string, unknown> }> = [{ type: 'dispatch', date: adoptedOn, data: { due: o.due } }];
      const steps: Array<{ code: string; on: string }> = [];
      for (const e of script?.events ?? []) {
        const r = applyObligationEvent(dctx, o, e);
        if (!r.ok) throw new Error(`demo obligation script refused: ${r.error.kind}`);
        o = r.value;
        trail.push({ type: e.type, date: e.date, data: { due: o.due } });
        if (e.step) {
          trail.push({ type: e.step, date: e.date, data: {} });
          steps.push({ code: e.step, on: e.date });
        }
      }
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO obligation (recommendation_id, body_id, lead, document_type, state, dispatched_on, clock_start, due, clock_stopped_on, escalation_level,
                                 extended_working_days, answered_on, last_event_on, explanation, received_at, adequate)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, $11, $12, $13, $14, NULL) RETURNING id`,
        [rec.id, a.state_body_id, a.lead, documentType, o.state, o.dispatchedOn, o.clockStart, o.due, o.escalationLevel, o.extendedWorkingDays, o.answeredOn ?? null, o.lastEventOn, JSON.stringify(o.explanation), o.state === 'dispatched' ? null : new Date(`${script?.events[0]?.date ?? adoptedOn}T10:00:00+05:00`)],
      );
      for (const [seq, t] of trail.entries()) {
        await manager.query('INSERT INTO obligation_event (obligation_id, seq, type, date, data, actor_name) VALUES ($1, $2, $3, $4, $5, $6)', [row.id, seq + 1, t.type, t.date, JSON.stringify(t.data), 'Kenes']);
      }
      if (script?.nextAgendaOn) {
        trail.push({ type: 'nextAgenda', date: script.nextAgendaOn, data: {} });
        steps.push({ code: 'nextAgenda', on: script.nextAgendaOn });
      }
      for (const s of steps) {
        await manager.query(`INSERT INTO escalation_step (obligation_id, code, clock_start, due_on, taken_on) VALUES ($1, $2, $3, $4, $4)`, [row.id, s.code, o.clockStart, s.on]);
      }
      const answer = script?.answer;
      if (answer && o.answeredOn) {
        const [ans]: Array<{ id: string }> = await manager.query(
          `INSERT INTO obligation_answer (obligation_id, version, state, summary, signed_by_name, signed_by, signed_at) VALUES ($1, 1, 'signed', '', $2, NULL, $3) RETURNING id`,
          [row.id, answer.signedBy, new Date(`${o.answeredOn}T12:00:00+05:00`)],
        );
        for (const [i, p] of answer.points.entries()) {
          const pointId = pointIds[i];
          if (!pointId) continue;
          const commits = p.verdict === 'accepted' || p.verdict === 'partlyAccepted';
          const [ap]: Array<{ id: string }> = await manager.query(
            `INSERT INTO answer_point (answer_id, point_id, verdict, scope, reasons, study_until, commitment_owner, commitment_due) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [ans.id, pointId, p.verdict, p.scope ?? null, p.reasons ?? null, p.verdict === 'needsStudy' ? '2026-12-15' : null, commits ? p.owner : null, commits ? p.due : null],
          );
          if (!commits || !p.owner || !p.due) continue;
          const [c]: Array<{ id: string }> = await manager.query(
            `INSERT INTO commitment (answer_point_id, obligation_id, body_id, point_id, title, owner, due, state, done_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [ap.id, row.id, a.state_body_id, pointId, p.scope ?? mo.points[i], p.owner, p.due, p.done ? 'done' : 'open', p.done?.on ?? null],
          );
          if (p.done) {
            await manager.query(`INSERT INTO commitment_update (commitment_id, kind, text, evidence, author_name, created_at) VALUES ($1, 'done', $2, $3, $4, $5)`, [
              c.id,
              p.done.text,
              JSON.stringify([{ url: p.done.evidence, fileName: 'Фотоотчёт' }]),
              answer.signedBy,
              new Date(`${p.done.on}T12:00:00+05:00`),
            ]);
          }
        }
      }
    }
    await audit.record(ctx, { chain: mo.jurisdiction_id, action: 'recommendation.adopted', entityType: 'recommendation', entityId: rec.id, data: { councilId: mo.council_id, source: 'demo-seed' } });
    seeded++;
  }
  return seeded;
}
