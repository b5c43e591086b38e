import { ChangeDetectionStrategy, Component, inject, input, output, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { InviteeRowsComponent, inviteeInputs, type InviteeRow } from './invitee-rows.component';
import { MeetingStore, kzDateAndTime, meetingDetailsInput, type MeetingView } from './meeting-store';

const TYPES: Admin.MeetingType[] = ['REGULAR', 'EXTRAORDINARY', 'PUBLIC_HEARING', 'CONSTITUENT'];

/**
 * Changing a draft or announced meeting's details (`updateMeeting`): type, time, place, links
 * and invitees, filled with what is recorded. For an announced meeting it says beforehand that
 * members and invitees get an updated invitation, and the button says so too.
 */
@Component({
  selector: 'k-meeting-details-form',
  imports: [FormsModule, TranslatePipe, InviteeRowsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="k-form details-form" (ngSubmit)="save()" novalidate data-details-form>
      <h2>{{ 'mtg.editDetailsTitle' | t }}</h2>
      @if (meeting().state === 'ANNOUNCED') {
        <p class="k-warning" data-reinvite>{{ 'mtg.editAnnouncedWarning' | t }}</p>
      }
      <fieldset class="choices">
        <legend>{{ 'mtg.type' | t }}</legend>
        @for (t of types; track t) {
          <label class="choice"><input type="radio" name="type" [value]="t" [(ngModel)]="type" /> {{ 'mtg.type.' + t | t }}</label>
        }
      </fieldset>
      <label class="k-field"><span>{{ 'mtg.date' | t }}</span><input name="date" type="date" [(ngModel)]="date" /></label>
      <div class="times">
        <label class="k-field"><span>{{ 'mtg.startTime' | t }}</span><input name="start" type="time" [(ngModel)]="startTime" /></label>
        <label class="k-field"><span>{{ 'mtg.endTime' | t }}</span><input name="end" type="time" [(ngModel)]="endTime" /></label>
      </div>
      <label class="k-field"><span>{{ 'mtg.placeKk' | t }}</span><input name="placeKk" [(ngModel)]="placeKk" /></label>
      <label class="k-field"><span>{{ 'mtg.placeRu' | t }}</span><input name="placeRu" [(ngModel)]="placeRu" /></label>
      <label class="k-field"><span>{{ 'mtg.onlineUrl' | t }}</span><input name="online" type="url" inputmode="url" [(ngModel)]="onlineUrl" /></label>
      <label class="k-field"><span>{{ 'mtg.livestreamUrl' | t }}</span><input name="stream" type="url" inputmode="url" [(ngModel)]="livestreamUrl" /></label>

      <fieldset class="invitees">
        <legend>{{ 'mtg.step4' | t }}</legend>
        <k-invitee-rows [(rows)]="invitees" />
      </fieldset>

      @if (store.error(); as e) {
        <div class="k-alert" role="alert" data-error>
          <p>{{ e.message }}</p>
          @for (f of fieldMessages(e.fields); track $index) {
            <p>{{ f }}</p>
          }
        </div>
      }
      <div class="k-actions">
        <button class="k-button" type="submit" [disabled]="store.busy()">{{ (meeting().state === 'ANNOUNCED' ? 'mtg.saveAndNotify' : 'mtg.saveDetails') | t }}</button>
        <button class="k-button secondary" type="button" (click)="closed.emit(null)">{{ 'mtg.cancelEdit' | t }}</button>
      </div>
    </form>
  `,
  styles: [
    `.details-form { max-width: 40rem; }
     .details-form h2 { margin: 0; }
     fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.6rem; }
     legend { font-weight: 600; margin-bottom: 0.5rem; }
     .choice { display: flex; align-items: center; gap: 0.75rem; min-height: 52px; padding: 0.4rem 1rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); cursor: pointer; font-weight: 600; }
     .choice:has(input:checked) { border-color: var(--k-primary); background: #e7eef6; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     .times { display: flex; flex-wrap: wrap; gap: 1rem; }
     .times .k-field { flex: 1 1 12rem; }`,
  ],
})
export class MeetingDetailsFormComponent implements OnInit {
  readonly meeting = input.required<MeetingView>();
  /** Emits the notice to show after a save, or null when the secretary backs out. */
  readonly closed = output<string | null>();
  readonly store = inject(MeetingStore);
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly types = TYPES;
  readonly invitees = signal<InviteeRow[]>([]);
  type: Admin.MeetingType = 'REGULAR';
  date = '';
  startTime = '';
  endTime = '';
  placeKk = '';
  placeRu = '';
  onlineUrl = '';
  livestreamUrl = '';

  ngOnInit(): void {
    const m = this.meeting();
    const { date, time: start } = kzDateAndTime(m.startsAt);
    this.type = m.type;
    this.date = date;
    this.startTime = start;
    this.endTime = m.endsAt ? kzDateAndTime(m.endsAt).time : '';
    this.placeKk = m.place?.kk ?? '';
    this.placeRu = m.place?.ru ?? '';
    this.onlineUrl = m.onlineUrl ?? '';
    this.livestreamUrl = m.livestreamUrl ?? '';
    this.invitees.set(m.invitees.map((i) => ({ id: i.id, kind: i.kind, name: i.name, email: '', stateBodyId: i.stateBody?.id ?? null })));
    void this.loadEmails(m.id);
  }

  /** The meeting record leaves e-mails out; the secretary's invitee list has them. */
  private async loadEmails(meetingId: string): Promise<void> {
    const r = await firstValueFrom(this.apollo.query({ query: Admin.MeetingInviteesDocument, variables: { meetingId }, fetchPolicy: 'no-cache' })).catch(() => null);
    const emails = new Map((r?.data?.meetingInvitees ?? []).map((i) => [i.id, i.email ?? '']));
    // Filled into the rows in place: the secretary may already have typed or added a row.
    for (const row of this.invitees()) {
      if (row.id && !row.email) row.email = emails.get(row.id) ?? '';
    }
    this.invitees.set([...this.invitees()]);
  }

  fieldMessages(fields: Record<string, string>): string[] {
    return Object.values(fields);
  }

  async save(): Promise<void> {
    const m = this.meeting();
    if (!this.date || !this.startTime) {
      this.store.error.set({ message: this.i18n.t('mtg.needDate'), code: null, fields: {}, basis: null });
      return;
    }
    const wasAnnounced = m.state === 'ANNOUNCED';
    const ok = await this.store.run(async () => {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.UpdateMeetingDocument,
          variables: {
            input: {
              meetingId: m.id,
              ...meetingDetailsInput(this, m.place?.en ?? null),
              invitees: inviteeInputs(this.invitees()),
            },
          },
        }),
      );
      return r.data?.updateMeeting;
    });
    if (ok) this.closed.emit(this.i18n.t(wasAnnounced ? 'mtg.detailsSavedNotified' : 'mtg.detailsSaved'));
  }
}
