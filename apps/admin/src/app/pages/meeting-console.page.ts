import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AgendaDocumentsComponent } from '../meetings/agenda-documents.component';
import { MeetingStore, kzDateTime, type AgendaItemView, type MeetingView, type MotionView } from '../meetings/meeting-store';
import { VoteCorrectionComponent } from '../meetings/vote-correction.component';

const STATUSES: Admin.AttendanceStatus[] = ['IN_PERSON', 'REMOTE', 'ABSENT'];

interface AddresseeRow {
  stateBodyId: string;
  lead: boolean;
}

/**
 * The secretary's console: one screen runs the sitting. Attendance with big buttons and the
 * live quorum line, the item under discussion, its motions, the vote (opened only with a
 * quorum; a refusal says why, with the legal basis), each member's vote as it is cast, the
 * result in words, then the next item. Everything follows `meetingLive`, so a second
 * screen (or the chair's) stays in step. Documents can still be added to the item under
 * discussion, and a closed result can be corrected (with a reason, recorded and public).
 */
@Component({
  selector: 'k-meeting-console-page',
  imports: [FormsModule, NgTemplateOutlet, RouterLink, LocalizedTextComponent, TranslatePipe, AgendaDocumentsComponent, VoteCorrectionComponent],
  providers: [MeetingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.meeting(); as m) {
      <p><a [routerLink]="['/meetings', m.id]">← {{ 'mtg.prepare' | t }}</a></p>
      <header class="head">
        <div>
          <h1>{{ 'con.title' | t: { n: m.number } }}</h1>
          <p class="k-muted"><k-text [value]="m.council.name" /> · {{ when(m.startsAt) }}</p>
        </div>
        <div class="head-side">
          <span class="k-badge big" data-state>{{ 'mtg.state.' + m.state | t }}</span>
          <span class="live" [class.off]="!store.connected()" aria-live="polite">● {{ (store.connected() ? 'con.live' : 'con.offline') | t }}</span>
        </div>
      </header>

      @if (errorAt() === 'top') {
        <ng-container *ngTemplateOutlet="errorTpl" />
      }

      @if (m.state === 'DRAFT') {
        <p class="k-warning">{{ 'con.notYet' | t }}</p>
      }
      @if (m.state === 'ANNOUNCED') {
        <p><button class="k-button huge" type="button" [disabled]="store.busy()" (click)="act('top', openSitting(m.id))">{{ 'con.openSitting' | t }}</button></p>
      }
      @if (m.state === 'CLOSED') {
        <p class="k-success" role="status">{{ 'con.closed' | t }}</p>
      }

      <p class="quorum" [class.ok]="m.quorum.reached" data-quorum>
        <strong>{{ m.quorum.explanation }}</strong>
      </p>

      <div class="grid">
        <section class="k-card" aria-labelledby="att-title">
          <h2 id="att-title">{{ 'con.attendance' | t }}</h2>
          <ul class="attendance">
            @for (a of m.attendance; track a.personId) {
              <li [attr.data-person]="a.fullName" [attr.data-status]="a.status ?? 'NONE'">
                <div class="who">
                  <strong>{{ a.fullName }}</strong>
                  <span class="k-muted">{{ roleLabel(a.role) }} · {{ a.status ? ('con.' + a.status | t) : ('con.notMarked' | t) }}</span>
                </div>
                <div class="marks" role="group" [attr.aria-label]="a.fullName">
                  @for (s of statuses; track s) {
                    <button type="button" class="mark" [class]="'mark ' + s" [attr.aria-pressed]="a.status === s" [disabled]="!running(m) || store.busy()" (click)="act('top', mark(m.id, a.personId, s))">
                      {{ 'con.' + s | t }}
                    </button>
                  }
                </div>
              </li>
            }
          </ul>
        </section>

        <section class="k-card current" aria-labelledby="cur-title">
          <h2 id="cur-title">{{ 'con.currentItem' | t }}</h2>
          @if (store.currentItem(); as item) {
            <p class="item-title" data-current-item><span class="k-muted">{{ 'con.itemN' | t: { n: item.position } }}.&nbsp;</span><k-text [value]="item.title" /></p>
            @if (item.rapporteur) {
              <p class="k-muted">{{ 'mtg.rapporteur' | t }}: {{ item.rapporteur }}</p>
            }
            <k-agenda-documents [item]="item" [canUpload]="m.state !== 'CLOSED'" />
            @if (item.conflicts.length) {
              <div class="k-warning">
                <p>{{ 'con.conflicts' | t }}:</p>
                <ul>
                  @for (c of item.conflicts; track c.personId) {
                    <li>{{ c.fullName }} — {{ c.reason }}</li>
                  }
                </ul>
              </div>
            }

            <h3>{{ 'con.motions' | t }}</h3>
            @for (mo of item.motions; track mo.id) {
              <article class="motion" [attr.data-motion]="mo.number" [attr.data-motion-state]="mo.state">
                <h4>{{ 'con.motionN' | t: { n: mo.number } }} · {{ 'con.kind.' + mo.kind | t }} <span class="k-badge">{{ 'con.motionState.' + mo.state | t }}</span></h4>
                <p>{{ mo.text }}</p>
                <ol>
                  @for (p of mo.points; track $index) {
                    <li>{{ p }}</li>
                  }
                </ol>
                @if (mo.addressees.length) {
                  <p class="k-muted">
                    {{ 'con.addressees' | t }}:
                    @for (a of mo.addressees; track a.stateBody.id; let last = $last) {
                      <k-text [value]="a.stateBody.name" />@if (a.lead) { ({{ 'con.lead' | t }}) }@if (!last) {; }
                    }
                  </p>
                }
                @if (errorAt() === mo.id) {
                  <ng-container *ngTemplateOutlet="errorTpl" />
                }
                @if (mo.state !== 'DRAFT') {
                  <p class="tally" data-tally aria-live="polite">{{ 'con.tally' | t: { for: mo.tally.for, against: mo.tally.against, abstain: mo.tally.abstain } }}</p>
                  @if (mo.tally.recused) {
                    <p class="k-muted">{{ 'con.recused' | t: { n: mo.tally.recused } }}</p>
                  }
                }
                @if (mo.result; as r) {
                  <div [class]="r.adopted ? 'k-success' : 'k-warning'" data-result role="status">
                    <p class="verdict">{{ (r.adopted ? 'con.adopted' : 'con.rejected') | t }}</p>
                    <p>{{ r.explanation }}</p>
                  </div>
                  @if (mo.state === 'CLOSED') {
                    <k-vote-correction [motion]="mo" />
                  }
                }
                @if (mo.state === 'DRAFT' && m.state === 'IN_SESSION') {
                  <div class="k-actions">
                    <button class="k-button huge" type="button" [disabled]="store.busy()" (click)="act(mo.id, openVote(mo.id))">{{ 'con.openVote' | t }}</button>
                    <button class="k-button secondary" type="button" [disabled]="store.busy()" (click)="act(mo.id, withdraw(m.id, mo.id))">{{ 'con.withdraw' | t }}</button>
                  </div>
                }
                @if (mo.state === 'OPEN') {
                  <p class="k-muted">{{ 'con.waiting' | t: { n: waiting(m, mo) } }}</p>
                  <button class="k-button huge" type="button" [disabled]="store.busy()" (click)="act(mo.id, closeVote(mo.id))">{{ 'con.closeVote' | t }}</button>
                }
                @if (mo.state !== 'DRAFT') {
                  <h5>{{ 'con.votes' | t }}</h5>
                  <ul class="votes">
                    @for (v of mo.votes; track v.personId) {
                      <li [attr.data-vote]="v.fullName" [class]="v.choice">{{ v.fullName }}: <strong>{{ 'mem.' + v.choice | t }}</strong></li>
                    } @empty {
                      <li class="k-muted">{{ 'con.noVotes' | t }}</li>
                    }
                  </ul>
                }
              </article>
            } @empty {
              <p class="k-muted">{{ 'con.noMotions' | t }}</p>
            }

            @if (m.state === 'IN_SESSION' && !hasOpenVote(m)) {
              @if (drafting()) {
                <form class="k-form motion-form" (ngSubmit)="act('draft', createMotion(item.id))" novalidate>
                  <h3>{{ 'con.newMotion' | t }}</h3>
                  @if (errorAt() === 'draft') {
                    <ng-container *ngTemplateOutlet="errorTpl" />
                  }
                  <fieldset class="kinds">
                    <legend>{{ 'con.kind' | t }}</legend>
                    <label class="choice"><input type="radio" name="kind" value="DECISION" [(ngModel)]="kind" /> {{ 'con.kind.DECISION' | t }}</label>
                    <label class="choice"><input type="radio" name="kind" value="RECOMMENDATION" [(ngModel)]="kind" /> {{ 'con.kind.RECOMMENDATION' | t }}</label>
                  </fieldset>
                  <label class="k-field"><span>{{ 'con.text' | t }}</span><textarea name="text" rows="2" [(ngModel)]="text"></textarea></label>
                  <label class="k-field"><span>{{ 'con.points' | t }}</span><textarea name="points" rows="4" [(ngModel)]="points"></textarea></label>
                  @if (kind === 'RECOMMENDATION') {
                    <fieldset class="addressees">
                      <legend>{{ 'con.addressees' | t }}</legend>
                      @for (row of addressees(); track $index; let i = $index) {
                        <div class="addressee">
                          <label class="k-field">
                            <span>{{ 'con.addressee' | t }}</span>
                            <select [name]="'body' + i" [(ngModel)]="row.stateBodyId">
                              @for (b of store.bodies(); track b.id) {
                                <option [value]="b.id">{{ i18n.text(b.name) }}</option>
                              }
                            </select>
                          </label>
                          <label class="choice"><input type="radio" name="lead" [checked]="row.lead" (change)="setLead(i)" /> {{ 'con.lead' | t }}</label>
                        </div>
                      }
                      <button class="k-button secondary" type="button" (click)="addAddressee()">{{ 'con.addAddressee' | t }}</button>
                    </fieldset>
                  }
                  <div class="k-actions">
                    <button class="k-button" type="submit" [disabled]="store.busy()">{{ 'con.saveMotion' | t }}</button>
                    <button class="k-button secondary" type="button" (click)="drafting.set(false)">{{ 'mtg.cancelEdit' | t }}</button>
                  </div>
                </form>
              } @else {
                <p><button class="k-button secondary" type="button" (click)="startMotion()">{{ 'con.newMotion' | t }}</button></p>
              }
            }
          } @else {
            <p class="k-muted">{{ m.items.length && m.state === 'IN_SESSION' ? ('con.noCurrent' | t) : ('mtg.noItems' | t) }}</p>
          }

          @if (m.state === 'IN_SESSION') {
            <div class="k-actions next">
              @if (nextItemId(m); as nextId) {
                <button class="k-button" type="button" [disabled]="store.busy() || hasOpenVote(m)" (click)="act('top', setCurrent(m.id, nextId))">{{ 'con.nextItem' | t }} →</button>
              } @else if (m.items.length) {
                <span class="k-muted">{{ 'con.itemsDone' | t }}</span>
              }
            </div>
          }

          <h3>{{ 'mtg.agenda' | t }}</h3>
          <ol class="agenda">
            @for (it of m.items; track it.id) {
              <li [class.is-current]="it.id === m.currentItemId">
                <span><k-text [value]="it.title" /></span>
                @if (m.state === 'IN_SESSION' && it.id !== m.currentItemId && !hasOpenVote(m)) {
                  <button class="k-button secondary small" type="button" [disabled]="store.busy()" (click)="act('top', setCurrent(m.id, it.id))">{{ 'con.makeCurrent' | t }}</button>
                }
              </li>
            }
          </ol>
        </section>
      </div>

      @if (closedElsewhere(m); as done) {
        @if (done.length) {
          <section class="k-card results" aria-labelledby="res-title">
            <h2 id="res-title">{{ 'cor.earlier' | t }}</h2>
            @for (it of done; track it.id) {
              <div class="result-item" [attr.data-result-item]="it.title.ru">
                <h3><span class="k-muted">{{ 'con.itemN' | t: { n: it.position } }}.&nbsp;</span><k-text [value]="it.title" /></h3>
                @for (mo of closedMotions(it); track mo.id) {
                  @if (mo.result; as r) {
                    <article class="motion" [attr.data-motion]="mo.number" data-motion-state="CLOSED">
                      <h4>{{ 'con.motionN' | t: { n: mo.number } }} · {{ 'con.kind.' + mo.kind | t }}</h4>
                      <p>{{ mo.text }}</p>
                      <div [class]="r.adopted ? 'k-success' : 'k-warning'" data-result>
                        <p class="verdict">{{ (r.adopted ? 'con.adopted' : 'con.rejected') | t }}</p>
                        <p>{{ r.explanation }}</p>
                      </div>
                      <k-vote-correction [motion]="mo" />
                    </article>
                  }
                }
              </div>
            }
          </section>
        }
      }

      @if (m.state === 'IN_SESSION') {
        <p class="close-sitting"><button class="k-button secondary danger" type="button" [disabled]="store.busy() || hasOpenVote(m)" (click)="act('top', closeSitting(m.id))">{{ 'con.closeSitting' | t }}</button></p>
      }

      <ng-template #errorTpl>
        @if (store.error(); as e) {
          <div class="k-alert" role="alert" data-error>
            <p>{{ e.message }}</p>
            @if (e.basis && !e.message.includes(e.basis)) {
              <p>{{ 'rule.basis' | t }}: {{ e.basis }}</p>
            }
          </div>
        }
      </ng-template>
    } @else if (store.error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: 1rem; }
     .head h1 { margin-bottom: 0.25rem; }
     .head-side { display: flex; flex-direction: column; align-items: flex-end; gap: 0.4rem; }
     .big { font-size: 1rem; padding: 0.25rem 0.9rem; }
     .live { color: var(--k-ok); font-weight: 600; }
     .live.off { color: var(--k-bad); }
     .huge { min-height: 60px; font-size: 1.15rem; padding-inline: 1.75rem; }
     .quorum { position: sticky; top: 0; z-index: 2; margin: 1rem 0; padding: 0.9rem 1.1rem; border-radius: var(--k-radius); border: 2px solid var(--k-bad); background: #fdf0f0; display: flex; flex-direction: column; gap: 0.25rem; }
     .quorum strong { font-size: 1.25rem; }
     .quorum.ok { border-color: var(--k-ok); background: #eef8f0; }
     .grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 1.25rem; align-items: start; }
     @media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
     .attendance { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
     .attendance li { display: flex; flex-direction: column; gap: 0.4rem; padding: 0.6rem 0; border-bottom: 1px solid var(--k-border); }
     .who { display: flex; flex-direction: column; }
     .marks { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.4rem; }
     .mark { min-height: 52px; font: inherit; font-weight: 600; border-radius: var(--k-radius); border: 2px solid var(--k-border); background: var(--k-surface); color: var(--k-ink); cursor: pointer; }
     .mark[aria-pressed='true'].IN_PERSON { background: var(--k-ok); border-color: var(--k-ok); color: #fff; }
     .mark[aria-pressed='true'].REMOTE { background: var(--k-primary); border-color: var(--k-primary); color: #fff; }
     .mark[aria-pressed='true'].ABSENT { background: #5b6570; border-color: #5b6570; color: #fff; }
     .mark:disabled { cursor: default; opacity: 0.7; }
     .item-title { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.5rem; }
     .motion { border-top: 2px solid var(--k-border); padding-top: 0.75rem; margin-top: 0.75rem; display: flex; flex-direction: column; gap: 0.5rem; scroll-margin-top: 6rem; }
     .motion h4 { margin: 0; font-size: 1.1rem; }
     .motion p, .motion ol { margin: 0; }
     .tally { font-size: 1.4rem; font-weight: 700; }
     .verdict { font-size: 1.3rem; }
     .motion h5 { font-size: 1rem; margin: 0.5rem 0 0; }
     .votes { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.25rem 1rem; }
     .votes .FOR strong { color: var(--k-ok); } .votes .AGAINST strong { color: var(--k-bad); } .votes .ABSTAIN strong { color: var(--k-warn); }
     .motion-form { margin-top: 1rem; max-width: none; }
     .motion-form textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
     legend { font-weight: 600; margin-bottom: 0.35rem; }
     .choice { display: flex; align-items: center; gap: 0.6rem; min-height: 48px; font-weight: 600; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     .addressee { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
     .addressee .k-field { flex: 1 1 18rem; }
     .next { margin-top: 1rem; }
     .agenda { padding-inline-start: 1.5rem; display: flex; flex-direction: column; gap: 0.4rem; }
     .agenda li { padding: 0.35rem 0.5rem; border-radius: var(--k-radius); }
     .agenda li span { margin-inline-end: 0.5rem; }
     .agenda .is-current { background: #e7eef6; font-weight: 700; border-inline-start: 5px solid var(--k-primary); }
     .small { min-height: 48px; padding: 0.25rem 0.9rem; font-size: 0.95rem; }
     .close-sitting { margin-top: 2rem; }
     .results { margin-top: 1.5rem; display: flex; flex-direction: column; gap: 1rem; }
     .results h2 { margin: 0; }
     .result-item h3 { margin: 0.5rem 0 0; font-size: 1.15rem; }
     .danger { border-color: var(--k-bad); color: var(--k-bad); }`,
  ],
})
export class MeetingConsolePage implements OnInit {
  readonly id = input.required<string>();
  readonly store = inject(MeetingStore);
  readonly i18n = inject(I18n);
  private readonly apollo = inject(Apollo);

  readonly statuses = STATUSES;
  /** Where the last refusal is shown: next to the motion it concerns, the draft form, or on top. */
  readonly errorAt = signal<string | null>(null);
  readonly drafting = signal(false);
  readonly addressees = signal<AddresseeRow[]>([]);
  readonly voters = computed(() => this.store.meeting()?.attendance.filter((a) => a.status === 'IN_PERSON' || a.status === 'REMOTE').length ?? 0);
  kind: Admin.MotionKind = 'DECISION';
  text = '';
  points = '';

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await Promise.all([this.store.load(this.id()), this.store.loadBodies()]);
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  roleLabel(role: string): string {
    // The record keeps roles in camelCase (deputyChair); the shared labels are UPPER_CASE.
    const key = `role.${role.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
    const label = this.i18n.t(key);
    return label === key ? role : label;
  }

  running(m: MeetingView): boolean {
    return m.state === 'IN_SESSION';
  }

  hasOpenVote(m: MeetingView): boolean {
    return m.items.some((i) => i.motions.some((mo) => mo.state === 'OPEN'));
  }

  /** Items other than the one under discussion that have a closed vote (all of them once the sitting is over). */
  closedElsewhere(m: MeetingView): AgendaItemView[] {
    return m.items.filter((i) => i.id !== m.currentItemId && i.motions.some((mo) => mo.state === 'CLOSED'));
  }

  closedMotions(item: AgendaItemView): MotionView[] {
    return item.motions.filter((mo) => mo.state === 'CLOSED');
  }

  nextItemId(m: MeetingView): string | null {
    const idx = m.items.findIndex((i) => i.id === m.currentItemId);
    return m.items[idx + 1]?.id ?? null;
  }

  waiting(m: MeetingView, mo: MotionView): number {
    return Math.max(0, this.voters() - mo.votes.length - mo.tally.recused);
  }

  startMotion(): void {
    this.drafting.set(true);
    this.kind = 'DECISION';
    this.text = '';
    this.points = '';
    this.addressees.set([{ stateBodyId: this.store.bodies()[0]?.id ?? '', lead: true }]);
  }

  addAddressee(): void {
    this.addressees.update((rows) => [...rows, { stateBodyId: this.store.bodies()[0]?.id ?? '', lead: false }]);
  }

  setLead(index: number): void {
    this.addressees.update((rows) => rows.map((r, i) => ({ ...r, lead: i === index })));
  }

  async act(where: string, work: () => Promise<MeetingView | null | undefined>): Promise<void> {
    this.errorAt.set(where);
    await this.store.run(work);
  }

  // Each returns the call, not its promise, so `act` decides where a refusal shows first.
  openSitting(id: string) {
    return async () => (await firstValueFrom(this.apollo.mutate({ mutation: Admin.OpenMeetingDocument, variables: { id } }))).data?.openMeeting;
  }

  closeSitting(id: string) {
    return async () => (await firstValueFrom(this.apollo.mutate({ mutation: Admin.CloseMeetingDocument, variables: { id } }))).data?.closeMeeting;
  }

  mark(meetingId: string, personId: string, status: Admin.AttendanceStatus) {
    return async () =>
      (await firstValueFrom(this.apollo.mutate({ mutation: Admin.RecordAttendanceDocument, variables: { input: { meetingId, personId, status } } }))).data?.recordAttendance;
  }

  setCurrent(meetingId: string, itemId: string) {
    return async () => (await firstValueFrom(this.apollo.mutate({ mutation: Admin.SetCurrentItemDocument, variables: { input: { meetingId, itemId } } }))).data?.setCurrentItem;
  }

  openVote(motionId: string) {
    return async () => (await firstValueFrom(this.apollo.mutate({ mutation: Admin.OpenVoteDocument, variables: { motionId } }))).data?.openVote;
  }

  closeVote(motionId: string) {
    return async () => (await firstValueFrom(this.apollo.mutate({ mutation: Admin.CloseVoteDocument, variables: { motionId } }))).data?.closeVote;
  }

  withdraw(meetingId: string, motionId: string) {
    return async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.WithdrawMotionDocument, variables: { motionId } }));
      return (await firstValueFrom(this.apollo.query({ query: Admin.MeetingDocument, variables: { id: meetingId }, fetchPolicy: 'no-cache' }))).data?.meeting;
    };
  }

  createMotion(itemId: string) {
    return async () => {
      const points = this.points
        .split('\n')
        .map((p) => p.replace(/^\s*\d+[.)]\s*/, '').trim())
        .filter(Boolean);
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.CreateMotionDocument,
          variables: {
            input: {
              itemId,
              kind: this.kind,
              text: this.text.trim(),
              points,
              addressees: this.kind === 'RECOMMENDATION' ? this.addressees().filter((a) => a.stateBodyId) : null,
            },
          },
        }),
      );
      this.drafting.set(false);
      return r.data?.createMotion;
    };
  }
}
