import { Injectable, Logger } from '@nestjs/common';
import { RequestContext, TransactionalConnection, type Locale } from '@kenes/api/core';
import { CouncilEntity } from '@kenes/api/registry';
import { LiveBus } from './live-bus';
import { MeetingEntity } from './meetings.entities';
import type { Meeting } from './meetings.models';
import { MeetingView } from './meetings.view';

export type LiveKind = 'attendance' | 'currentItem' | 'vote' | 'voteOpened' | 'voteClosed' | 'state' | 'agenda' | 'conflict';

/** What travels on the bus: the meeting as it now stands, in each language. */
export interface LivePayload {
  kind: LiveKind;
  meetingId: string;
  meetings: Record<Locale, Meeting>;
}

export const meetingChannel = (meetingId: string): string => `meeting:${meetingId}`;

/** Dates travel as JSON strings; GraphQL's DateTime wants Date objects back. */
const DATE_KEYS = new Set(['startsAt', 'endsAt', 'announcedAt', 'openedAt', 'closedAt', 'declaredAt']);
export function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = DATE_KEYS.has(k) && typeof v === 'string' ? new Date(v) : reviveDates(v);
    return out;
  }
  return value;
}

/**
 * Publishes a meeting's new state after each committed change. The view is built once per change
 * for all viewers (not once per viewer), and changes that arrive while one is being built are
 * folded into the next build: 200 votes in a burst cost a few builds, and every viewer ends on
 * the latest state.
 */
@Injectable()
export class MeetingLive {
  private readonly logger = new Logger('MeetingLive');
  private readonly building = new Map<string, { pending: LiveKind | null }>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly view: MeetingView,
    private readonly bus: LiveBus,
  ) {}

  /** Call inside the transaction that made the change: publishing waits for the commit. */
  changed(ctx: RequestContext, meetingId: string, kind: LiveKind): void {
    ctx.afterCommit(() => {
      this.schedule(meetingId, kind);
    });
  }

  private schedule(meetingId: string, kind: LiveKind): void {
    const running = this.building.get(meetingId);
    if (running) {
      running.pending = kind;
      return;
    }
    const state: { pending: LiveKind | null } = { pending: null };
    this.building.set(meetingId, state);
    void (async () => {
      let next: LiveKind | null = kind;
      while (next) {
        state.pending = null;
        await this.publish(meetingId, next).catch((e: Error) => this.logger.warn(`live build for ${meetingId} failed: ${e.message}`));
        next = state.pending;
      }
      this.building.delete(meetingId);
    })();
  }

  /** Waits until no build is running (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.building.size) await new Promise((r) => setTimeout(r, 10));
  }

  private async publish(meetingId: string, kind: LiveKind): Promise<void> {
    const ctx = RequestContext.system();
    const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) return;
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: meeting.councilId });
    const meetings = await this.view.buildAll(ctx, meeting, council);
    await this.bus.publish<LivePayload>(meetingChannel(meetingId), { kind, meetingId, meetings });
  }

  iterator(meetingId: string): AsyncIterableIterator<LivePayload> {
    return this.bus.iterator<LivePayload>(meetingChannel(meetingId), (v) => reviveDates(v) as LivePayload);
  }
}
