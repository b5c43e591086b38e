import { Injectable } from '@nestjs/common';
import { TransactionalConnection, type RequestContext } from '@kenes/api/core';
import { MeetingsRepository, localDate, type MeetingEntity } from '@kenes/api/meetings';
import type { CouncilEntity } from '@kenes/api/registry';
import type { MinutesRecord, MinutesRecordItem, MinutesText } from '@kenes/domain';

const time = (at: Date) => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Almaty', hour: '2-digit', minute: '2-digit' }).format(at);
const dmy = (iso: string) => iso.split('-').reverse().join('.');

/** Reads what the minutes are made of: one query per kind of row, whatever the size of the agenda. */
@Injectable()
export class MinutesRecordReader {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly meetings: MeetingsRepository,
  ) {}

  async read(ctx: RequestContext, meeting: MeetingEntity, council: CouncilEntity): Promise<MinutesRecord> {
    const m = this.connection.manager(ctx);
    const seats = await this.meetings.seats(ctx, meeting);
    const attendance: Array<{ person_id: string; status: 'inPerson' | 'remote' | 'absent' }> = await m.query(
      'SELECT person_id, status FROM attendance WHERE meeting_id = $1',
      [meeting.id],
    );
    const invitees: Array<{ name: string }> = await m.query('SELECT name FROM meeting_invitee WHERE meeting_id = $1 ORDER BY name', [meeting.id]);
    const items: Array<{ id: string; position: number; title: MinutesText; category: string; rapporteur: string | null }> = await m.query(
      'SELECT id, position, title, category, rapporteur FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
      [meeting.id],
    );
    const motions: Array<{
      id: string;
      item_id: string;
      number: number;
      kind: 'decision' | 'recommendation';
      text: string;
      points: string[];
      quorum_at_open: MinutesRecord['items'][number]['motions'][number]['quorum'];
      result: { for: number; against: number; abstain: number; recused: number; adopted: boolean } | null;
    }> = await m.query(
      `SELECT mo.id, mo.item_id, mo.number, mo.kind, mo.text, mo.points, mo.quorum_at_open, mo.result
         FROM motion mo JOIN agenda_item i ON i.id = mo.item_id WHERE i.meeting_id = $1 ORDER BY mo.number`,
      [meeting.id],
    );
    const addressees: Array<{ motion_id: string; name: MinutesText; lead: boolean }> = await m.query(
      `SELECT a.motion_id, b.name, a.lead FROM motion_addressee a JOIN state_body b ON b.id = a.state_body_id
         JOIN motion mo ON mo.id = a.motion_id JOIN agenda_item i ON i.id = mo.item_id
        WHERE i.meeting_id = $1 ORDER BY a.lead DESC, b.name->>'ru'`,
      [meeting.id],
    );
    const votes: Array<{ motion_id: string; person_id: string; choice: 'for' | 'against' | 'abstain' }> = await m.query(
      `SELECT v.motion_id, v.person_id, v.choice FROM vote v JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item i ON i.id = mo.item_id WHERE i.meeting_id = $1`,
      [meeting.id],
    );
    const conflicts: Array<{ item_id: string; person_id: string }> = await m.query(
      'SELECT c.item_id, c.person_id FROM conflict_declaration c JOIN agenda_item i ON i.id = c.item_id WHERE i.meeting_id = $1',
      [meeting.id],
    );
    const recordItems: MinutesRecordItem[] = items.map((i) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      category: i.category,
      rapporteur: i.rapporteur,
      motions: motions
        .filter((mo) => mo.item_id === i.id)
        .map((mo) => ({
          id: mo.id,
          number: mo.number,
          kind: mo.kind,
          text: mo.text,
          points: mo.points,
          addressees: addressees.filter((a) => a.motion_id === mo.id).map((a) => ({ name: a.name, lead: a.lead })),
          quorum: mo.quorum_at_open,
          result: mo.result,
          votes: votes.filter((v) => v.motion_id === mo.id).map((v) => ({ personId: v.person_id, choice: v.choice })),
          recused: conflicts.filter((c) => c.item_id === i.id).map((c) => c.person_id),
        })),
    }));
    return {
      council: council.name,
      meetingNumber: meeting.number,
      meetingType: meeting.type,
      date: dmy(localDate(meeting.startsAt)),
      time: time(meeting.startsAt),
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      members: seats.map((s) => ({ personId: s.personId, fullName: s.fullName, role: s.role, voting: s.isVotingMember })),
      attendance: attendance.map((a) => ({ personId: a.person_id, status: a.status })),
      invitees: invitees.map((i) => i.name),
      items: recordItems,
    };
  }
}
