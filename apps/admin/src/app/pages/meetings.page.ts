import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { todayInKazakhstan } from '../dates';
import { toUiError, type UiError } from '../graphql-errors';
import { InviteeRowsComponent, inviteeInputs, type InviteeRow } from '../meetings/invitee-rows.component';
import { kzDateTime, meetingDetailsInput } from '../meetings/meeting-store';

const TYPES: Admin.MeetingType[] = ['REGULAR', 'EXTRAORDINARY', 'PUBLIC_HEARING', 'CONSTITUENT'];
const STEPS = 4;

/**
 * A council's meetings: the frequency warning from the rule set, the list, a new meeting in
 * four plain steps, and the queue of agenda proposals (accept into a meeting or decline with
 * a reason the proposer sees).
 */
@Component({
  selector: 'k-meetings-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe, InviteeRowsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/councils">← {{ 'nav.councils' | t }}</a></p>
    <h1>
      @if (council(); as c) {
        <k-text [value]="c.name" /> —
      }
      {{ 'mtg.title' | t }}
    </h1>
    @if (frequency(); as f) {
      <p [class]="f.status === 'ok' ? 'k-success' : 'k-warning'" data-frequency>{{ f.explanation }}</p>
    }
    @if (notice(); as n) {
      <p class="k-success" role="status">{{ n }}</p>
    }
    @if (error(); as e) {
      <div class="k-alert" role="alert">
        <p>{{ e.message }}</p>
        @if (e.basis && !e.message.includes(e.basis)) {
          <p>{{ 'rule.basis' | t }}: {{ e.basis }}</p>
        }
      </div>
    }

    @if (!manage) {
      <p class="k-actions">
        <a class="k-button secondary" [routerLink]="['/councils', id(), 'recommendations']" data-recommendations-link>{{ 'rec.link' | t }}</a>
        <a class="k-button secondary" [routerLink]="['/councils', id(), 'reports', reportYear]" data-report-link>{{ 'rep.link' | t }}</a>
      </p>
    }
    @if (manage) {
      @if (!creating()) {
        <div class="k-actions top">
          <button class="k-button" type="button" (click)="startNew()">{{ 'mtg.new' | t }}</button>
          <a class="k-button secondary" [routerLink]="['/councils', id(), 'public-comments']" data-pending-comments>{{ 'pc.link' | t: { n: pendingComments() } }}</a>
          <a class="k-button secondary" [routerLink]="['/councils', id(), 'recommendations']" data-recommendations-link>{{ 'rec.link' | t }}</a>
          <a class="k-button secondary" [routerLink]="['/councils', id(), 'reports', reportYear]" data-report-link>{{ 'rep.link' | t }}</a>
        </div>
      } @else {
        <section class="k-card wizard" aria-labelledby="new-title">
          <h2 id="new-title">{{ 'mtg.new' | t }} <span class="k-muted step">{{ 'mtg.step' | t: { n: step(), of: steps } }}</span></h2>
          <form class="k-form" (ngSubmit)="forward()" novalidate>
            @switch (step()) {
              @case (1) {
                <fieldset class="choices">
                  <legend>{{ 'mtg.step1' | t }}</legend>
                  @for (t of types; track t) {
                    <label class="choice"><input type="radio" name="type" [value]="t" [(ngModel)]="type" /> {{ 'mtg.type.' + t | t }}</label>
                  }
                </fieldset>
              }
              @case (2) {
                <p class="lead">{{ 'mtg.step2' | t }}</p>
                <label class="k-field"><span>{{ 'mtg.date' | t }}</span><input name="date" type="date" [(ngModel)]="date" /></label>
                <label class="k-field"><span>{{ 'mtg.startTime' | t }}</span><input name="start" type="time" [(ngModel)]="startTime" /></label>
                <label class="k-field"><span>{{ 'mtg.endTime' | t }}</span><input name="end" type="time" [(ngModel)]="endTime" /></label>
              }
              @case (3) {
                <p class="lead">{{ 'mtg.step3' | t }}</p>
                <label class="k-field"><span>{{ 'mtg.placeKk' | t }}</span><input name="placeKk" [(ngModel)]="placeKk" /></label>
                <label class="k-field"><span>{{ 'mtg.placeRu' | t }}</span><input name="placeRu" [(ngModel)]="placeRu" /></label>
                <label class="k-field"><span>{{ 'mtg.onlineUrl' | t }}</span><input name="online" type="url" inputmode="url" [(ngModel)]="onlineUrl" /></label>
                <label class="k-field"><span>{{ 'mtg.livestreamUrl' | t }}</span><input name="stream" type="url" inputmode="url" [(ngModel)]="livestreamUrl" /></label>
              }
              @case (4) {
                <p class="lead">{{ 'mtg.step4' | t }}</p>
                <k-invitee-rows [(rows)]="invitees" />
              }
            }
            <div class="k-actions">
              @if (step() > 1) {
                <button class="k-button secondary" type="button" (click)="step.set(step() - 1)">{{ 'mtg.prev' | t }}</button>
              } @else {
                <button class="k-button secondary" type="button" (click)="creating.set(false)">{{ 'mtg.cancelEdit' | t }}</button>
              }
              <button class="k-button" type="submit" [disabled]="busy()">{{ (step() < steps ? 'mtg.next' : 'mtg.create') | t }}</button>
            </div>
          </form>
        </section>
      }
    }

    @if (meetings(); as list) {
      <table class="k-table">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">{{ 'mtg.when' | t }}</th>
            <th scope="col">{{ 'mtg.type' | t }}</th>
            <th scope="col">{{ 'mtg.state' | t }}</th>
            <th scope="col"><span class="k-visually-hidden">{{ 'mtg.open' | t }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (m of list; track m.id) {
            <tr [attr.data-meeting]="m.number">
              <td><strong>{{ m.number }}</strong></td>
              <td>
                {{ when(m.startsAt) }}
                @if (m.place; as p) {
                  <div class="k-muted"><k-text [value]="p" /></div>
                }
              </td>
              <td>{{ 'mtg.type.' + m.type | t }}<div class="k-muted">{{ 'mtg.items' | t }}: {{ m.itemCount }}</div></td>
              <td><span class="k-badge">{{ 'mtg.state.' + m.state | t }}</span></td>
              <td class="links">
                @if (manage) {
                  <a class="k-button secondary" [routerLink]="['/meetings', m.id]">{{ 'mtg.prepare' | t }}</a>
                  @if (m.state === 'ANNOUNCED' || m.state === 'IN_SESSION') {
                    <a class="k-button" [routerLink]="['/meetings', m.id, 'console']">{{ 'mtg.console' | t }}</a>
                  }
                  @if (m.state === 'CLOSED') {
                    <a class="k-button secondary" [routerLink]="['/meetings', m.id, 'console']">{{ 'cor.results' | t }}</a>
                  }
                } @else {
                  <a class="k-button secondary" [routerLink]="['/meetings', m.id, 'member']">{{ 'mtg.open' | t }}</a>
                }
                @if (m.state === 'CLOSED' || m.state === 'MINUTES_APPROVED' || m.state === 'PUBLISHED') {
                  <a class="k-button" [routerLink]="['/meetings', m.id, 'minutes']" data-minutes-link>{{ 'min.link' | t }}</a>
                }
              </td>
            </tr>
          } @empty {
            <tr><td colspan="5" class="k-muted">{{ 'mtg.none' | t }}</td></tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }

    @if (manage) {
      <h2>{{ 'mtg.proposals' | t }}</h2>
      <ul class="k-list">
        @for (p of proposals(); track p.id) {
          <li class="k-card" [attr.data-proposal]="p.title">
            <strong>{{ p.title }}</strong> <span class="k-badge">{{ 'mtg.cat.' + p.category | t }}</span>
            <p>{{ p.description }}</p>
            <p class="k-muted">{{ 'mtg.proposedBy' | t: { name: p.proposerName, source: ('mtg.src.' + p.source | t) } }}</p>
            @if (declining() === p.id) {
              <label class="k-field"><span>{{ 'mtg.declineReason' | t }}</span><input name="declineReason" [(ngModel)]="declineReason" /></label>
              <div class="k-actions">
                <button class="k-button" type="button" (click)="decline(p.id)">{{ 'mtg.confirmDecline' | t }}</button>
                <button class="k-button secondary" type="button" (click)="declining.set(null)">{{ 'mtg.cancelEdit' | t }}</button>
              </div>
            } @else {
              <div class="k-actions">
                @if (open().length) {
                  <label class="k-field inline">
                    <span>{{ 'mtg.acceptInto' | t }}</span>
                    <select [name]="'into' + p.id" [(ngModel)]="acceptInto">
                      @for (m of open(); track m.id) {
                        <option [value]="m.id">№ {{ m.number }} · {{ when(m.startsAt) }}</option>
                      }
                    </select>
                  </label>
                  <button class="k-button" type="button" (click)="accept(p.id)">{{ 'mtg.accept' | t }}</button>
                } @else {
                  <span class="k-muted">{{ 'mtg.noMeetingToAccept' | t }}</span>
                }
                <button class="k-button secondary" type="button" (click)="declining.set(p.id)">{{ 'mtg.decline' | t }}</button>
              </div>
            }
          </li>
        } @empty {
          <li class="k-muted">{{ 'mtg.noProposals' | t }}</li>
        }
      </ul>
    }
  `,
  styles: [
    `.wizard { margin-block: 1rem 2rem; max-width: 40rem; }
     .step { font-size: 1rem; font-weight: 400; margin-inline-start: 0.5rem; }
     .lead { font-size: 1.2rem; font-weight: 600; margin: 0; }
     .choices { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.6rem; }
     .choices legend { font-size: 1.2rem; font-weight: 600; margin-bottom: 0.6rem; }
     .choice { display: flex; align-items: center; gap: 0.75rem; min-height: 56px; padding: 0.5rem 1rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); cursor: pointer; font-weight: 600; }
     .choice:has(input:checked) { border-color: var(--k-primary); background: #e7eef6; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     .top { margin-block: 1rem; }
     .links { display: flex; flex-wrap: wrap; gap: 0.5rem; }
     .inline { flex-direction: row; align-items: center; gap: 0.5rem; }`,
  ],
})
export class MeetingsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  readonly manage = inject(AuthState).can('meeting.manage');
  /** The annual report of the current year in Kazakhstan. */
  readonly reportYear = todayInKazakhstan().slice(0, 4);

  readonly types = TYPES;
  readonly steps = STEPS;
  readonly council = signal<Admin.AdminCouncilsQuery['councils']['items'][number] | null>(null);
  readonly meetings = signal<Admin.MeetingSummaryFieldsFragment[] | null>(null);
  readonly frequency = signal<Admin.CouncilMeetingsQuery['meetingFrequency'] | null>(null);
  readonly proposals = signal<Admin.ProposalFieldsFragment[]>([]);
  /** Citizens' comments waiting for moderation (the link to the moderation page shows the count). */
  readonly pendingComments = signal(0);
  readonly open = computed(() => (this.meetings() ?? []).filter((m) => m.state === 'DRAFT' || m.state === 'ANNOUNCED'));
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busy = signal(false);
  readonly creating = signal(false);
  readonly step = signal(1);
  readonly invitees = signal<InviteeRow[]>([]);
  readonly declining = signal<string | null>(null);

  type: Admin.MeetingType = 'REGULAR';
  date = todayInKazakhstan();
  startTime = '10:00';
  endTime = '';
  placeKk = '';
  placeRu = '';
  onlineUrl = '';
  livestreamUrl = '';
  acceptInto = '';
  declineReason = '';

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    const councils = await firstValueFrom(this.apollo.query({ query: Admin.AdminCouncilsDocument, variables: { page: { offset: 0, limit: 100 } } })).catch(() => null);
    this.council.set(councils?.data?.councils.items.find((c) => c.id === this.id()) ?? null);
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.CouncilMeetingsDocument, variables: { councilId: this.id() }, fetchPolicy: 'no-cache' }));
      this.meetings.set(r.data?.meetings ?? []);
      this.frequency.set(r.data?.meetingFrequency ?? null);
      if (!this.open().some((m) => m.id === this.acceptInto)) this.acceptInto = this.open()[0]?.id ?? '';
      if (this.manage) {
        const p = await firstValueFrom(
          this.apollo.query({ query: Admin.AgendaProposalsDocument, variables: { councilId: this.id(), status: 'PENDING' }, fetchPolicy: 'no-cache' }),
        );
        this.proposals.set(p.data?.agendaProposals ?? []);
        const c = await firstValueFrom(this.apollo.query({ query: Admin.PendingPublicCommentsDocument, variables: { councilId: this.id() }, fetchPolicy: 'no-cache' }));
        this.pendingComments.set(c.data?.pendingPublicComments.length ?? 0);
      }
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  startNew(): void {
    this.creating.set(true);
    this.step.set(1);
    this.notice.set(null);
  }

  async forward(): Promise<void> {
    this.error.set(null);
    if (this.step() === 2 && (!this.date || !this.startTime)) {
      this.error.set({ message: this.i18n.t('mtg.needDate'), code: null, fields: {}, basis: null });
      return;
    }
    if (this.step() < STEPS) {
      this.step.set(this.step() + 1);
      return;
    }
    await this.act(async () => {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.CreateMeetingDocument,
          variables: {
            input: {
              councilId: this.id(),
              ...meetingDetailsInput(this),
              invitees: inviteeInputs(this.invitees()),
            },
          },
        }),
      );
      const id = r.data?.createMeeting.id;
      if (id) await this.router.navigate(['/meetings', id]);
    });
  }

  async accept(proposalId: string): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.AcceptAgendaProposalDocument, variables: { input: { proposalId, meetingId: this.acceptInto } } }));
      this.notice.set(this.i18n.t('mtg.accepted'));
      await this.reload();
    });
  }

  async decline(proposalId: string): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.DeclineAgendaProposalDocument, variables: { input: { proposalId, reason: this.declineReason.trim() } } }));
      this.declining.set(null);
      this.declineReason = '';
      this.notice.set(this.i18n.t('mtg.declined'));
      await this.reload();
    });
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await work();
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
