import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { OBLIGATION_MESSAGES } from '../obligations/obligation.messages';
import { toUiError } from '../graphql-errors';
import { AnswerFormComponent } from '../obligations/answer-form.component';
import { AnswerViewComponent } from '../obligations/answer-view.component';
import { CommitmentListComponent } from '../obligations/commitment-list.component';
import { ObligationClockComponent } from '../obligations/obligation-clock.component';
import { PageActions } from '../obligations/page-actions';
import { ANSWERABLE, CLOCK_RUNNING, daysLeftText, legalDate, signedAnswers, type RecommendationView } from '../obligations/obligation-format';

type Panel = 'clarify' | 'extend' | null;

/**
 * One obligation of the caller's body: the recommendation and its points, the legal clock
 * with how the date was computed and the trail, receipt, clarification and extension
 * requests, the answer point by point (signed by the head), and then the commitments.
 */
@Component({
  selector: 'k-obligation-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe, AnswerFormComponent, AnswerViewComponent, CommitmentListComponent, ObligationClockComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/obligations">← {{ 'obl.back' | t }}</a></p>
    @if (rec(); as r) {
      @if (mine(); as o) {
        <h1>{{ 'obl.recNumber' | t: { n: r.number } }}: <k-text [value]="r.title" /></h1>
        <p class="k-muted meta"><k-text [value]="r.councilName" /> · {{ 'obl.adopted' | t: { date: date(r.adoptedOn), m: r.meetingNumber } }}</p>
        <p class="meta">{{ 'obl.forBody' | t: { body: i18n.text(o.body.name) } }} · <strong data-state>{{ 'obl.state.' + o.state | t }}</strong></p>
        @if (notice(); as n) {
          <p class="k-success" role="status" data-notice>{{ n }}</p>
        }
        @if (error(); as e) {
          <div class="k-alert" role="alert" data-error><p>{{ e.message }}</p></div>
        }

        <div class="columns">
          <section class="k-card" aria-labelledby="rec-h">
            <h2 id="rec-h">{{ 'obl.recommendation' | t }}</h2>
            <p class="text">{{ r.text }}</p>
            <ol class="points">
              @for (p of r.points; track p.id) {
                <li [attr.data-rec-point]="p.number">{{ p.text }}</li>
              }
            </ol>
          </section>
          <section class="k-card" aria-labelledby="clock-h">
            <h2 id="clock-h">{{ 'obl.clock' | t }}</h2>
            <k-obligation-clock [obligation]="o" [daysLeft]="daysLeft()" />
          </section>
        </div>

        @if (answerable()) {
          <section aria-labelledby="act-h">
            <h2 id="act-h">{{ 'obl.actions' | t }}</h2>
            <div class="k-actions">
              @if (o.state === 'DISPATCHED') {
                <button class="k-button big" type="button" [disabled]="busy()" (click)="acknowledge()">{{ 'obl.acknowledge' | t }}</button>
              }
              @if (clockRunning() && !o.clockStoppedOn) {
                <button class="k-button secondary big" type="button" [attr.aria-expanded]="panel() === 'clarify'" (click)="toggle('clarify')">{{ 'obl.askClarification' | t }}</button>
                <button class="k-button secondary big" type="button" [attr.aria-expanded]="panel() === 'extend'" (click)="toggle('extend')">{{ 'obl.askExtension' | t }}</button>
              }
            </div>
            @if (panel() === 'clarify') {
              <form class="k-card panel" (ngSubmit)="clarify()" novalidate>
                <p class="k-muted">{{ 'obl.clarificationHint' | t }}</p>
                <label class="k-field"><span>{{ 'obl.groundsField' | t }}</span><textarea name="grounds" rows="3" [(ngModel)]="grounds"></textarea></label>
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !grounds.trim()">{{ 'obl.send' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="panel.set(null)">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            }
            @if (panel() === 'extend') {
              <form class="k-card panel" (ngSubmit)="askExtension()" novalidate>
                <p class="k-muted">{{ 'obl.extensionHint' | t }}</p>
                <label class="k-field days"><span>{{ 'obl.workingDays' | t }}</span><input name="days" type="number" min="1" max="60" inputmode="numeric" [(ngModel)]="days" /></label>
                <label class="k-field"><span>{{ 'obl.groundsField' | t }}</span><textarea name="grounds" rows="3" [(ngModel)]="grounds"></textarea></label>
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !grounds.trim() || !(days > 0)">{{ 'obl.send' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="panel.set(null)">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            }
          </section>
          <section aria-labelledby="ans-h">
            <h2 id="ans-h">{{ 'obl.answer' | t }}</h2>
            <k-answer-form [recommendation]="r" [obligation]="o" [canSign]="auth.can('obligation.sign')" (changed)="applied($event.notice)" />
          </section>
        }

        @for (a of signed(); track a.id) {
          <section class="k-card" aria-labelledby="signed-h" data-signed-answer>
            <h2 id="signed-h">{{ 'obl.answers' | t }}</h2>
            <k-answer-view [answer]="a" />
          </section>
        }

        @if (o.commitments.length) {
          <section aria-labelledby="com-h">
            <h2 id="com-h">{{ 'obl.commitments' | t }}</h2>
            <k-commitment-list [commitments]="o.commitments" mode="report" (changed)="applied($event.notice)" />
          </section>
        }
      }
    } @else if (error(); as e) {
      <div class="k-alert" role="alert"><p>{{ e.message }}</p></div>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.meta { margin: 0 0 0.5rem; }
     .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; margin-top: 1rem; align-items: start; }
     .columns h2 { margin-top: 0; }
     .text { font-size: 1.1rem; white-space: pre-line; overflow-wrap: anywhere; }
     .points { padding-inline-start: 1.5rem; display: flex; flex-direction: column; gap: 0.4rem; font-size: 1.05rem; }
     .big { min-height: 56px; font-size: 1.05rem; }
     .panel { margin-top: 1rem; display: flex; flex-direction: column; gap: 0.85rem; max-width: 44rem; }
     .panel p { margin: 0; }
     .days { max-width: 14rem; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .k-card > h2:first-child { margin-top: 0; }
     .columns + section, .columns ~ section { margin-top: 1.5rem; }`,
  ],
})
export class ObligationPage implements OnInit {
  readonly id = input.required<string>();
  readonly auth = inject(AuthState);
  readonly i18n = inject(I18n);
  private readonly apollo = inject(Apollo);

  readonly rec = signal<RecommendationView | null>(null);
  readonly entry = signal<Admin.ObligationInboxQuery['obligationInbox'][number] | null>(null);
  readonly mine = computed(() => this.rec()?.obligations.find((o) => o.id === this.id()) ?? null);
  readonly answerable = computed(() => ANSWERABLE.includes(this.mine()?.state ?? 'CLOSED'));
  readonly clockRunning = computed(() => CLOCK_RUNNING.includes(this.mine()?.state ?? 'CLOSED'));
  readonly signed = computed(() => {
    const o = this.mine();
    return o ? signedAnswers(o) : [];
  });
  readonly daysLeft = computed(() => {
    const e = this.entry();
    const o = this.mine();
    if (!e || !o || o.state === 'ANSWERED' || o.state === 'CLOSED' || o.clockStoppedOn || e.due !== o.due) return null;
    return daysLeftText(this.i18n, e.workingDaysLeft, o.overdue);
  });
  readonly actions = new PageActions(this.apollo, this.i18n, () => this.load());
  readonly error = this.actions.error;
  readonly notice = this.actions.notice;
  readonly busy = this.actions.busy;
  readonly panel = signal<Panel>(null);
  grounds = '';
  days = 5;

  constructor() {
    this.i18n.register(OBLIGATION_MESSAGES);
  }

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [r, inbox] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: Admin.ObligationRecommendationDocument, variables: { obligationId: this.id() }, fetchPolicy: 'no-cache' })),
        firstValueFrom(this.apollo.query({ query: Admin.ObligationInboxDocument, fetchPolicy: 'no-cache' })).catch(() => null),
      ]);
      this.entry.set(inbox?.data?.obligationInbox.find((e) => e.obligationId === this.id()) ?? null);
      this.rec.set(r.data?.obligationRecommendation ?? null);
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }

  date(iso: string): string {
    return legalDate(iso);
  }

  toggle(p: Exclude<Panel, null>): void {
    this.grounds = '';
    this.panel.set(this.panel() === p ? null : p);
  }

  /** A component changed something on the server: reload (the clock, the trail and the days left move too). */
  async applied(notice?: string): Promise<void> {
    this.notice.set(notice ?? null);
    this.error.set(null);
    await this.load();
  }

  async acknowledge(): Promise<void> {
    await this.actions.run({ mutation: Admin.AcknowledgeObligationDocument, variables: { obligationId: this.id() } }, 'obl.acknowledged');
  }

  async clarify(): Promise<void> {
    const input = { obligationId: this.id(), grounds: this.grounds.trim() };
    await this.actions.run({ mutation: Admin.RequestClarificationDocument, variables: { input } }, 'obl.clarificationSent', () => this.panel.set(null));
  }

  async askExtension(): Promise<void> {
    const input = { obligationId: this.id(), grounds: this.grounds.trim(), workingDays: Number(this.days) };
    await this.actions.run({ mutation: Admin.RequestExtensionDocument, variables: { input } }, 'obl.extensionSent', () => this.panel.set(null));
  }
}
