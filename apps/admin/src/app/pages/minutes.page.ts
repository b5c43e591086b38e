import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { toUiError } from '../graphql-errors';
import { kzDateTime } from '../meetings/meeting-store';
import { MINUTES_MESSAGES } from '../minutes/minutes.messages';
import { docLines, type Decision } from '../minutes/minutes-format';
import { legalDate } from '../obligations/obligation-format';
import { PageActions } from '../obligations/page-actions';

type Minutes = Admin.MinutesOfMeetingQuery['minutesOfMeeting'];
type Meeting = NonNullable<Admin.MeetingQuery['meeting']>;
type Confirm = 'approve' | 'sign' | 'publish' | null;

/**
 * The minutes of one meeting. The secretary drafts them from the record, edits each item's
 * discussion summary (every save a version, with the diff), decides members' corrections,
 * signs after the chair's approval and publishes; after publication only a published
 * correction with a reason is possible. Members propose corrections and attach dissenting
 * opinions and see the secretary's decisions; the chair approves and signs (recording the
 * council's vote when the rules ask for one).
 */
@Component({
  selector: 'k-minutes-page',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="manage ? ['/meetings', id()] : ['/meetings', id(), 'member']">← {{ 'min.back' | t }}</a></p>
    <h1>{{ 'min.title' | t: { n: meeting()?.number ?? minutes()?.meetingNumber ?? '' } }}</h1>
    @if (notice(); as n) {
      <p class="k-success" role="status" data-notice>{{ n }}</p>
    }
    @if (error(); as e) {
      <div class="k-alert" role="alert" data-error><p>{{ e.message }}</p></div>
    }

    @if (minutes(); as m) {
      <div class="head">
        <span class="k-badge big" data-state>{{ 'min.state.' + m.state | t }}</span>
        <span>{{ 'min.version' | t: { n: m.currentVersion } }}</span>
        @if (m.state !== 'published') {
          <span [class.late]="m.overdue">{{ (m.overdue ? 'min.overdue' : 'min.due') | t: { date: date(m.dueOn) } }}</span>
        }
      </div>
      <div class="k-actions files">
        <a class="k-button secondary" [href]="m.pdfUrl + '?lang=' + i18n.locale()" target="_blank" rel="noopener" data-pdf>{{ 'min.pdf' | t }}</a>
        <a class="k-button secondary" [href]="m.htmlUrl + '?lang=' + i18n.locale()" target="_blank" rel="noopener" data-print>{{ 'min.print' | t }}</a>
        @if (m.state === 'published' && meeting(); as mt) {
          <a class="k-button secondary" [href]="'/' + i18n.locale() + '/councils/' + mt.council.slug + '/meetings/' + mt.number + '/minutes'" target="_blank" rel="noopener">{{ 'min.portal' | t }}</a>
        }
        @if (manage && m.state === 'draft') {
          <button class="k-button secondary" type="button" [disabled]="busy()" (click)="generate()">{{ 'min.regenerate' | t }}</button>
        }
      </div>

      <section class="k-card steps" aria-labelledby="steps-h" data-steps>
        <h2 id="steps-h">{{ 'min.steps' | t }}</h2>
        <h3>{{ 'min.signatures' | t }}</h3>
        <ul class="sigs" data-signatures>
          @for (s of m.signatures; track s.role + s.version) {
            <li>✔ {{ 'min.signedLine' | t: { role: ('min.role.' + s.role | t), name: s.signerName, when: when(s.signedAt), v: s.version } }}</li>
          } @empty {
            <li class="k-muted">{{ 'min.noSignatures' | t }}</li>
          }
        </ul>
        @if (m.state === 'draft') {
          @if (approver) {
            @if (confirm() !== 'approve') {
              <button class="k-button big" type="button" [disabled]="busy()" (click)="openConfirm('approve')" data-approve>{{ 'min.approve' | t }}</button>
            } @else {
              <div class="confirm">
                <p class="k-warning" data-confirm>{{ 'min.approveConfirm' | t: { v: m.currentVersion } }}</p>
                <label class="choice"><input type="checkbox" name="byVote" [(ngModel)]="byVote" (ngModelChange)="loadDecisions()" /> {{ 'min.byVote' | t }}</label>
                @if (byVote) {
                  <p class="k-muted">{{ 'min.byVoteHint' | t }}</p>
                  @if (decisions().length) {
                    <label class="k-field"><span>{{ 'min.pickDecision' | t }}</span>
                      <select name="motion" [(ngModel)]="motionId">
                        @for (d of decisions(); track d.id) {
                          <option [value]="d.id">{{ 'min.decisionOption' | t: { m: d.meetingNumber, text: d.text } }}</option>
                        }
                      </select>
                    </label>
                  } @else {
                    <p class="k-muted">{{ 'min.noDecisions' | t }}</p>
                  }
                }
                <div class="k-actions">
                  <button class="k-button big" type="button" [disabled]="busy() || (byVote && !motionId)" (click)="approve(m)">{{ 'min.confirmApprove' | t }}</button>
                  <button class="k-button secondary big" type="button" (click)="confirm.set(null)">{{ 'min.cancel' | t }}</button>
                </div>
              </div>
            }
          } @else {
            <p class="k-muted">{{ 'min.waitChair' | t }}</p>
          }
        }
        @if (m.state === 'approved' && manage) {
          @if (!signedBy(m, 'secretary')) {
            @if (confirm() !== 'sign') {
              <button class="k-button big" type="button" [disabled]="busy()" (click)="openConfirm('sign')" data-sign>{{ 'min.sign' | t }}</button>
            } @else {
              <div class="confirm">
                <p class="k-warning" data-confirm>{{ 'min.signConfirm' | t: { v: m.currentVersion } }}</p>
                <div class="k-actions">
                  <button class="k-button big" type="button" [disabled]="busy()" (click)="sign(m)">{{ 'min.confirmSign' | t }}</button>
                  <button class="k-button secondary big" type="button" (click)="confirm.set(null)">{{ 'min.cancel' | t }}</button>
                </div>
              </div>
            }
          } @else {
            @if (confirm() !== 'publish') {
              <button class="k-button big" type="button" [disabled]="busy()" (click)="openConfirm('publish')" data-publish>{{ 'min.publish' | t }}</button>
            } @else {
              <div class="confirm">
                <p class="k-warning" data-confirm>{{ 'min.publishConfirm' | t }}</p>
                <div class="k-actions">
                  <button class="k-button big" type="button" [disabled]="busy()" (click)="publish(m)">{{ 'min.confirmPublish' | t }}</button>
                  <button class="k-button secondary big" type="button" (click)="confirm.set(null)">{{ 'min.cancel' | t }}</button>
                </div>
              </div>
            }
          }
        }
        @if (m.state === 'published') {
          <p class="k-success">{{ 'min.locked' | t }}</p>
        }
      </section>

      @if (manage || member) {
        <section aria-labelledby="items-h">
          <h2 id="items-h">{{ 'min.summaries' | t }}</h2>
          @if (manage && m.state !== 'approved') {
            <p class="k-muted">{{ m.state === 'published' ? ('min.locked' | t) : ('min.summariesLead' | t) }}</p>
          }
          @for (it of m.items; track it.itemId) {
            <article class="k-card item" [attr.data-item]="it.position">
              <h3>{{ 'min.item' | t: { n: it.position } }}. {{ it.title }}</h3>
              @if (manage && m.state === 'draft') {
                <label class="k-field"><span>{{ 'min.summary' | t }}</span>
                  <textarea rows="4" [name]="'s' + it.itemId" [(ngModel)]="summaries[it.itemId]"></textarea>
                </label>
                <div class="k-actions">
                  <button class="k-button" type="button" [disabled]="busy() || summaries[it.itemId] === it.summary" (click)="save(m, it.itemId)" data-save>{{ 'min.save' | t }}</button>
                </div>
              } @else if (manage && m.state === 'published') {
                <label class="k-field"><span>{{ 'min.summary' | t }}</span>
                  <textarea rows="4" [name]="'s' + it.itemId" [(ngModel)]="summaries[it.itemId]"></textarea>
                </label>
              } @else {
                <p class="summary">{{ it.summary || ('min.noSummary' | t) }}</p>
              }
              @if (member && !manage && m.state === 'draft') {
                @if (proposing() === it.itemId) {
                  <form class="panel" (ngSubmit)="propose(m, it.itemId)" novalidate>
                    <p class="k-muted">{{ 'min.proposeHint' | t }}</p>
                    <label class="k-field"><span>{{ 'min.proposedText' | t }}</span><textarea name="proposal" rows="4" [(ngModel)]="proposal"></textarea></label>
                    <label class="k-field"><span>{{ 'min.commentField' | t }}</span><input name="comment" [(ngModel)]="comment" /></label>
                    <div class="k-actions">
                      <button class="k-button" type="submit" [disabled]="busy() || !proposal.trim() || proposal.trim() === it.summary">{{ 'min.send' | t }}</button>
                      <button class="k-button secondary" type="button" (click)="proposing.set(null)">{{ 'min.cancel' | t }}</button>
                    </div>
                  </form>
                } @else {
                  <div class="k-actions"><button class="k-button secondary" type="button" (click)="startProposal(it)" data-propose>{{ 'min.propose' | t }}</button></div>
                }
              }
            </article>
          }
          @if (manage && m.state === 'published') {
            <form class="k-card panel" (ngSubmit)="publishCorrection(m)" novalidate data-correction>
              <h3>{{ 'min.publishCorrection' | t }}</h3>
              <label class="k-field"><span>{{ 'min.correctionReason' | t }}</span><input name="reason" [(ngModel)]="correctionReason" /></label>
              <p class="k-muted">{{ 'min.publishConfirm' | t }}</p>
              <div class="k-actions">
                <button class="k-button big" type="submit" [disabled]="busy() || !correctionReason.trim() || !changed(m).length">{{ 'min.publishCorrection' | t }}</button>
              </div>
            </form>
          }
        </section>
      }

      @if (member && !manage && m.state === 'draft') {
        <form class="k-card panel" (ngSubmit)="dissent(m)" novalidate data-dissent>
          <h2>{{ 'min.dissent' | t }}</h2>
          <p class="k-muted">{{ 'min.dissentHint' | t }}</p>
          <label class="k-field"><span>{{ 'min.dissentItem' | t }}</span>
            <select name="dissentItem" [(ngModel)]="dissentItem">
              <option value="">{{ 'min.dissentWhole' | t }}</option>
              @for (it of m.items; track it.itemId) {
                <option [value]="it.itemId">{{ 'min.item' | t: { n: it.position } }}. {{ it.title }}</option>
              }
            </select>
          </label>
          <label class="k-field"><span>{{ 'min.dissentText' | t }}</span><textarea name="dissentText" rows="3" [(ngModel)]="dissentText"></textarea></label>
          <div class="k-actions"><button class="k-button" type="submit" [disabled]="busy() || !dissentText.trim()">{{ 'min.dissent' | t }}</button></div>
        </form>
      }

      <section aria-labelledby="corr-h" data-corrections>
        <h2 id="corr-h">{{ (manage ? 'min.inbox' : 'min.yourProposals') | t }}</h2>
        <ul class="k-list">
          @for (c of m.corrections; track c.id) {
            <li class="k-card corr" [class.pending]="c.state === 'pending'" [attr.data-correction-state]="c.state">
              <p class="k-muted">{{ 'min.proposedBy' | t: { name: c.proposerName, item: itemLabel(m, c.itemId) } }}</p>
              <blockquote>{{ c.proposedText }}</blockquote>
              @if (c.comment) {
                <p class="k-muted">{{ 'min.comment' | t: { c: c.comment } }}</p>
              }
              <p class="verdict" [class]="'verdict ' + c.state">{{ 'min.corr.' + c.state | t: { n: c.resultingVersion ?? '' } }}</p>
              @if (c.declineReason) {
                <p data-decline-reason>{{ 'min.declineReason' | t: { r: c.declineReason } }}</p>
              }
              @if (manage && c.state === 'pending' && m.state === 'draft') {
                @if (declining() === c.id) {
                  <label class="k-field"><span>{{ 'min.declineField' | t }}</span><input name="declineReason" [(ngModel)]="declineReason" /></label>
                  <div class="k-actions">
                    <button class="k-button danger" type="button" [disabled]="busy() || !declineReason.trim()" (click)="decide(c.id, false)">{{ 'min.confirmDecline' | t }}</button>
                    <button class="k-button secondary" type="button" (click)="declining.set(null)">{{ 'min.cancel' | t }}</button>
                  </div>
                } @else {
                  <div class="k-actions">
                    <button class="k-button" type="button" [disabled]="busy()" (click)="decide(c.id, true)" data-accept>{{ 'min.accept' | t }}</button>
                    <button class="k-button secondary" type="button" (click)="startDecline(c.id)">{{ 'min.decline' | t }}</button>
                  </div>
                }
              }
            </li>
          } @empty {
            <li class="k-muted">{{ 'min.inboxNone' | t }}</li>
          }
        </ul>
      </section>

      <section class="k-card" aria-labelledby="doc-h">
        <h2 id="doc-h">{{ 'min.document' | t }}</h2>
        <div class="doc" data-document>
          @for (l of lines(); track $index) {
            <p [class]="l.kind">{{ l.text }}</p>
          }
        </div>
      </section>

      <section aria-labelledby="ver-h">
        <h2 id="ver-h">{{ 'min.versions' | t }}</h2>
        <ol class="k-list versions" reversed data-versions>
          @for (v of versionsDesc(); track v.version) {
            <li class="k-card" [attr.data-version]="v.version">
              <strong>{{ 'min.version' | t: { n: v.version } }} · {{ 'min.kind.' + v.kind | t }}</strong>
              <span class="k-muted"> · {{ when(v.createdAt) }}@if (v.authorName) { · {{ 'min.by' | t: { name: v.authorName } }} }</span>
              @if (v.reason) {
                <p>{{ 'min.reason' | t: { r: v.reason } }}</p>
              }
              @if (v.version === m.currentVersion) {
                <details open>
                  <summary>{{ 'min.diffCurrent' | t }}</summary>
                  @if (m.diffFromPrevious.length) {
                    <div class="diff" data-diff>
                      @for (d of m.diffFromPrevious; track $index) {
                        <p [class]="d.op"><span class="k-visually-hidden">{{ d.op === 'added' ? ('min.added' | t) : d.op === 'removed' ? ('min.removed' | t) : '' }}</span>{{ d.op === 'added' ? '+ ' : d.op === 'removed' ? '− ' : '  ' }}{{ d.text }}</p>
                      }
                    </div>
                  } @else {
                    <p class="k-muted">{{ 'min.noDiff' | t }}</p>
                  }
                </details>
              }
            </li>
          }
        </ol>
      </section>
    } @else if (missing()) {
      <div class="k-card">
        <p>{{ 'min.none' | t }}</p>
        @if (manage) {
          <button class="k-button big" type="button" [disabled]="busy()" (click)="generate()" data-generate>{{ 'min.generate' | t }}</button>
        }
      </div>
    } @else if (!error()) {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.head { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; font-size: 1.1rem; margin-bottom: 1rem; }
     .k-badge.big { font-size: 1.05rem; padding: 0.35rem 0.9rem; font-weight: 700; }
     .late { color: var(--k-bad); font-weight: 700; }
     .files { margin-bottom: 1.25rem; }
     section { margin-bottom: 1.5rem; max-width: 60rem; }
     .steps h2, .steps h3 { margin-top: 0; }
     .sigs { list-style: none; padding: 0; font-size: 1.05rem; }
     .k-button.big { min-height: 56px; font-size: 1.1rem; padding-inline: 1.5rem; }
     .k-button.danger { background: var(--k-bad); border-color: var(--k-bad); }
     .confirm, .panel { display: flex; flex-direction: column; gap: 0.85rem; }
     .panel { padding: 1rem; background: #f4f7fa; border-radius: var(--k-radius); margin-top: 0.75rem; max-width: 60rem; }
     .item { display: flex; flex-direction: column; gap: 0.6rem; margin-bottom: 1rem; }
     .item h3 { margin: 0; font-size: 1.15rem; }
     .summary { white-space: pre-line; margin: 0; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .choice { display: flex; align-items: center; gap: 0.75rem; min-height: 52px; font-weight: 600; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     .corr.pending { border-left: 6px solid var(--k-warn); }
     .corr blockquote { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 3px solid var(--k-border); white-space: pre-line; }
     .verdict { font-weight: 700; }
     .verdict.accepted { color: var(--k-ok); }
     .verdict.declined { color: var(--k-bad); }
     .doc { font-family: 'DejaVu Serif', Georgia, serif; line-height: 1.5; background: #fff; padding: 1.5rem 2rem; border: 1px solid var(--k-border); }
     .doc p { margin: 0 0 0.45rem; overflow-wrap: anywhere; }
     .doc .title { font-weight: 700; margin-top: 0.9rem; text-align: center; }
     .doc .heading { font-weight: 700; margin-top: 0.9rem; }
     .diff { font-family: ui-monospace, monospace; font-size: 0.95rem; white-space: pre-wrap; }
     .diff p { margin: 0; padding: 0.15rem 0.5rem; }
     .diff .added { background: #e6f4ea; }
     .diff .removed { background: #fdecea; text-decoration: line-through; }
     details summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; font-weight: 600; }`,
  ],
})
export class MinutesPage implements OnInit {
  readonly id = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly auth = inject(AuthState);
  private readonly apollo = inject(Apollo);
  readonly manage = this.auth.can('meeting.manage');
  readonly member = this.auth.can('meeting.participate');
  readonly approver = this.auth.can('minutes.approve');

  readonly minutes = signal<Minutes | null>(null);
  readonly meeting = signal<Meeting | null>(null);
  readonly missing = signal(false);
  readonly decisions = signal<Decision[]>([]);
  readonly actions = new PageActions(this.apollo, this.i18n, () => this.load());
  readonly error = this.actions.error;
  readonly notice = this.actions.notice;
  readonly busy = this.actions.busy;
  readonly confirm = signal<Confirm>(null);
  readonly proposing = signal<string | null>(null);
  readonly declining = signal<string | null>(null);
  readonly lines = computed(() => docLines(this.minutes()?.text ?? []));
  readonly versionsDesc = computed(() => [...(this.minutes()?.versions ?? [])].sort((a, b) => b.version - a.version));
  summaries: Record<string, string> = {};
  proposal = '';
  comment = '';
  declineReason = '';
  dissentText = '';
  dissentItem = '';
  correctionReason = '';
  byVote = false;
  motionId = '';

  constructor() {
    this.i18n.register(MINUTES_MESSAGES);
  }

  ngOnInit(): void {
    void this.load();
    void firstValueFrom(this.apollo.query({ query: Admin.MeetingDocument, variables: { id: this.id() } }))
      .then((r) => this.meeting.set(r.data?.meeting ?? null))
      .catch(() => undefined);
  }

  private async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.MinutesOfMeetingDocument, variables: { meetingId: this.id() }, fetchPolicy: 'no-cache' }));
      const m = r.data?.minutesOfMeeting ?? null;
      this.minutes.set(m);
      this.summaries = Object.fromEntries((m?.items ?? []).map((i) => [i.itemId, i.summary]));
      this.missing.set(false);
    } catch (e) {
      const err = toUiError(e, String(e));
      if (err.code === 'NOT_FOUND') this.missing.set(true);
      else this.error.set(err);
    }
  }

  date(iso: string): string {
    return legalDate(iso);
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  itemLabel(m: Minutes, itemId: string): string {
    const it = m.items.find((i) => i.itemId === itemId);
    return it ? `${this.i18n.t('min.item', { n: it.position })}. ${it.title}` : '';
  }

  signedBy(m: Minutes, role: string): boolean {
    return m.signatures.some((s) => s.role === role && s.version === m.currentVersion);
  }

  changed(m: Minutes): Array<{ itemId: string; summary: string }> {
    return m.items.filter((i) => (this.summaries[i.itemId] ?? i.summary) !== i.summary).map((i) => ({ itemId: i.itemId, summary: this.summaries[i.itemId] ?? '' }));
  }

  openConfirm(c: Confirm): void {
    this.notice.set(null);
    this.confirm.set(c);
  }

  startProposal(it: Minutes['items'][number]): void {
    this.proposal = it.summary;
    this.comment = '';
    this.proposing.set(it.itemId);
  }

  startDecline(id: string): void {
    this.declineReason = '';
    this.declining.set(id);
  }

  async generate(): Promise<void> {
    await this.actions.run({ mutation: Admin.GenerateMinutesDocument, variables: { meetingId: this.id() } }, 'min.generated');
  }

  async save(m: Minutes, itemId: string): Promise<void> {
    const summaries = [{ itemId, summary: this.summaries[itemId] ?? '' }];
    await this.actions.run({ mutation: Admin.EditMinutesDocument, variables: { input: { minutesId: m.id, summaries } } }, 'min.saved');
  }

  async propose(m: Minutes, itemId: string): Promise<void> {
    const input = { minutesId: m.id, itemId, text: this.proposal.trim(), comment: this.comment.trim() || null };
    await this.actions.run({ mutation: Admin.ProposeMinutesCorrectionDocument, variables: { input } }, 'min.proposed', () => this.proposing.set(null));
  }

  async decide(correctionId: string, accept: boolean): Promise<void> {
    const input = { correctionId, accept, reason: accept ? null : this.declineReason.trim() };
    await this.actions.run({ mutation: Admin.DecideMinutesCorrectionDocument, variables: { input } }, accept ? 'min.accepted' : 'min.declined', () => this.declining.set(null));
  }

  async dissent(m: Minutes): Promise<void> {
    const input = { minutesId: m.id, itemId: this.dissentItem || null, text: this.dissentText.trim() };
    await this.actions.run({ mutation: Admin.AttachDissentDocument, variables: { input } }, 'min.dissentAttached', () => (this.dissentText = ''));
  }

  async approve(m: Minutes): Promise<void> {
    const input = { minutesId: m.id, motionId: this.byVote && this.motionId ? this.motionId : null };
    await this.actions.run({ mutation: Admin.ApproveMinutesDocument, variables: { input } }, 'min.approved', () => this.confirm.set(null));
    // Refused without a decision: the rules ask for the council's vote, so offer the picker.
    if (this.error()?.code === 'CONFLICT' && !this.byVote) {
      this.byVote = true;
      await this.loadDecisions();
    }
  }

  async sign(m: Minutes): Promise<void> {
    await this.actions.run({ mutation: Admin.SignMinutesDocument, variables: { minutesId: m.id } }, 'min.signed', () => this.confirm.set(null));
  }

  async publish(m: Minutes): Promise<void> {
    await this.actions.run({ mutation: Admin.PublishMinutesDocument, variables: { minutesId: m.id } }, 'min.published', () => this.confirm.set(null));
  }

  async publishCorrection(m: Minutes): Promise<void> {
    const input = { minutesId: m.id, summaries: this.changed(m), reason: this.correctionReason.trim() };
    await this.actions.run({ mutation: Admin.PublishMinutesCorrectionDocument, variables: { input } }, 'min.correctionPublished', () => (this.correctionReason = ''));
  }

  /** Decisions adopted at later meetings of the council: the candidates for approving these minutes by a vote. */
  async loadDecisions(): Promise<void> {
    const mt = this.meeting();
    if (!this.byVote || !mt || this.decisions().length) return;
    try {
      const list = await firstValueFrom(this.apollo.query({ query: Admin.CouncilMeetingsDocument, variables: { councilId: mt.council.id } }));
      const later = (list.data?.meetings ?? []).filter((x) => x.startsAt > mt.startsAt && ['CLOSED', 'MINUTES_APPROVED', 'PUBLISHED'].includes(x.state));
      const found: Decision[] = [];
      for (const x of later) {
        const r = await firstValueFrom(this.apollo.query({ query: Admin.MeetingDocument, variables: { id: x.id } }));
        for (const it of r.data?.meeting?.items ?? []) {
          for (const mo of it.motions) if (mo.result?.adopted) found.push({ id: mo.id, meetingNumber: x.number, text: mo.text });
        }
      }
      this.decisions.set(found);
      this.motionId = found[0]?.id ?? '';
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }
}
