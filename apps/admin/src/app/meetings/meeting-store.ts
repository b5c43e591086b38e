import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import * as Admin from '@kenes/client/graphql/admin';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, type Subscription } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';

export type MeetingView = Admin.MeetingFieldsFragment;
export type AgendaItemView = Admin.AgendaItemFieldsFragment;
export type MotionView = Admin.MotionFieldsFragment;

/**
 * One meeting as it stands, for one screen: loaded once, then replaced by every mutation
 * result and every `meetingLive` event (each carries the whole meeting after a change), so
 * the console and the members' phones show the same record without reloading.
 * Provided per page component; the subscription ends with the page.
 */
@Injectable()
export class MeetingStore {
  private readonly apollo = inject(Apollo);
  private live: Subscription | null = null;

  readonly meeting = signal<MeetingView | null>(null);
  readonly error = signal<UiError | null>(null);
  readonly busy = signal(false);
  /** Whether live updates are flowing (false until the first event or after an error). */
  readonly connected = signal(false);
  /** State bodies to pick from (related body of an item, addressees of a recommendation). */
  readonly bodies = signal<Admin.AdminStateBodiesQuery['stateBodies']['items']>([]);
  readonly currentItem = computed(() => {
    const m = this.meeting();
    return m?.items.find((i) => i.id === m.currentItemId) ?? null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.live?.unsubscribe());
  }

  async load(id: string, follow = true): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.MeetingDocument, variables: { id }, fetchPolicy: 'no-cache' }));
      if (r.data) this.meeting.set(r.data.meeting);
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
      return;
    }
    if (follow) this.follow(id);
  }

  async loadBodies(): Promise<void> {
    const b = await firstValueFrom(this.apollo.query({ query: Admin.AdminStateBodiesDocument, variables: { page: { offset: 0, limit: 100 } } })).catch(() => null);
    this.bodies.set(b?.data?.stateBodies.items ?? []);
  }

  private follow(id: string): void {
    this.live?.unsubscribe();
    this.live = this.apollo.subscribe({ query: Admin.MeetingLiveDocument, variables: { meetingId: id }, fetchPolicy: 'no-cache' }).subscribe({
      next: (r) => {
        this.connected.set(true);
        if (r.data) this.meeting.set(r.data.meetingLive.meeting);
      },
      error: () => {
        this.connected.set(false);
        // graphql-ws retries the socket itself; a failed operation is restarted here.
        setTimeout(() => this.follow(id), 3000);
      },
    });
    // The server sends nothing until something changes: the socket being open is enough.
    this.connected.set(true);
  }

  /**
   * Runs a mutation that answers with the meeting; a refusal lands in `error` with its
   * message (and legal basis, when the law refused it). Returns whether it succeeded.
   */
  async run(work: () => Promise<MeetingView | null | undefined>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const m = await work();
      if (m) this.meeting.set(m);
      return true;
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

/** "2026-12-08 10:00" in Kazakhstan time (one zone, UTC+5). */
export function kzDateTime(iso: string): string {
  // 10.12.2026, 10:00 — the numeric form official letters use in Kazakh and Russian.
  const { date, time } = kzDateAndTime(iso);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}, ${time}`;
}

/** The Kazakhstan date (YYYY-MM-DD) and time (HH:MM) of an instant, as date and time inputs take them. */
export function kzDateAndTime(iso: string): { date: string; time: string } {
  const local = new Date(new Date(iso).getTime() + KAZAKHSTAN_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The instant for a date and a time of day entered in Kazakhstan. */
export function kzInstant(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time}+05:00`;
}

/** A meeting's details as typed on a form (Kazakhstan date and times, place in two languages). */
export interface MeetingDetailsForm {
  type: Admin.MeetingType;
  date: string;
  startTime: string;
  endTime: string;
  placeKk: string;
  placeRu: string;
  onlineUrl: string;
  livestreamUrl: string;
}

/** The fields `createMeeting` and `updateMeeting` share, from the form; `placeEn` keeps an English place entered elsewhere. */
export function meetingDetailsInput(f: MeetingDetailsForm, placeEn: string | null = null) {
  const ru = f.placeRu.trim() || f.placeKk.trim();
  return {
    type: f.type,
    startsAt: kzInstant(f.date, f.startTime),
    endsAt: f.endTime ? kzInstant(f.date, f.endTime) : null,
    place: ru ? { ru, kk: f.placeKk.trim() || null, en: placeEn } : null,
    onlineUrl: f.onlineUrl.trim() || null,
    livestreamUrl: f.livestreamUrl.trim() || null,
  };
}

/** The newest motion on the item that is open, else the newest one. */
export function activeMotion(item: AgendaItemView | null): MotionView | null {
  if (!item) return null;
  return item.motions.find((m) => m.state === 'OPEN') ?? item.motions.at(-1) ?? null;
}
