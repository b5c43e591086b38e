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
import { AnswerViewComponent } from '../obligations/answer-view.component';
import { CommitmentListComponent } from '../obligations/commitment-list.component';
import { ObligationClockComponent } from '../obligations/obligation-clock.component';
import { PageActions } from '../obligations/page-actions';
import { CLOCK_RUNNING, REDIRECTABLE, legalDate, signedAnswers, type ObligationView, type RecommendationView } from '../obligations/obligation-format';

type Action = 'extend' | 'redirect' | 'assess';

/**
 * A council's recommendation for its secretary and members: each addressee's clock and trail,
 * the signed answers and the commitments. The secretary resumes a stopped clock, grants an
 * extension, redirects to the competent body and records the council's assessment; members
 * and the secretary may dispute a "done".
 */
@Component({
  selector: 'k-recommendation-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe, AnswerViewComponent, CommitmentListComponent, ObligationClockComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/councils', id(), 'recommendations']">← {{ 'rec.back' | t }}</a></p>
    @if (rec(); as r) {
      <h1>{{ 'obl.recNumber' | t: { n: r.number } }}: <k-text [value]="r.title" /></h1>
      <p class="k-muted">{{ 'obl.adopted' | t: { date: date(r.adoptedOn), m: r.meetingNumber } }}</p>
      @if (notice(); as n) {
        <p class="k-success" role="status" data-notice>{{ n }}</p>
      }
      @if (error(); as e) {
        <div class="k-alert" role="alert" data-error><p>{{ e.message }}</p></div>
      }
      <section class="k-card" aria-labelledby="rec-h">
        <h2 id="rec-h">{{ 'obl.recommendation' | t }}</h2>
        <p class="text">{{ r.text }}</p>
        <ol class="points">
          @for (p of r.points; track p.id) {
            <li>{{ p.text }}</li>
          }
        </ol>
      </section>

      <h2>{{ 'rec.addressees' | t }}</h2>
      @for (o of r.obligations; track o.id) {
        <section class="k-card obligation" [class.late]="o.overdue" [attr.data-addressee]="i18n.text(o.body.name)">
          <h3>
            <k-text [value]="o.body.name" />
            @if (o.lead) {
              <span class="k-badge">{{ 'rec.lead.badge' | t }}</span>
            }
          </h3>
          <p class="state" data-state>{{ 'obl.state.' + o.state | t }}</p>
          @if (o.adequate !== null) {
            <p class="assessed" [class.bad]="!o.adequate">{{ (o.adequate ? 'rec.assessedAdequate' : 'rec.assessedInadequate') | t }}</p>
          }
          <k-obligation-clock [obligation]="o" />

          @if (manage) {
            <div class="k-actions secretary">
              @if (o.clockStoppedOn) {
                <button class="k-button" type="button" [disabled]="busy()" (click)="resume(o)">{{ 'rec.resume' | t }}</button>
              }
              @if (canExtend(o)) {
                <button class="k-button secondary" type="button" [attr.aria-expanded]="isOpen(o, 'extend')" (click)="open(o, 'extend')">{{ 'rec.extend' | t }}</button>
              }
              @if (canRedirect(o)) {
                <button class="k-button secondary" type="button" [attr.aria-expanded]="isOpen(o, 'redirect')" (click)="open(o, 'redirect')">{{ 'rec.redirect' | t }}</button>
              }
              @if (o.state === 'ANSWERED') {
                <button class="k-button" type="button" [attr.aria-expanded]="isOpen(o, 'assess')" (click)="open(o, 'assess')">{{ 'rec.assess' | t }}</button>
              }
            </div>
            @if (isOpen(o, 'extend')) {
              <form class="panel" (ngSubmit)="extend(o)" novalidate>
                <label class="k-field days"><span>{{ 'obl.workingDays' | t }}</span><input name="days" type="number" min="1" max="60" inputmode="numeric" [(ngModel)]="days" /></label>
                <label class="k-field"><span>{{ 'obl.groundsField' | t }}</span><textarea name="grounds" rows="2" [(ngModel)]="grounds"></textarea></label>
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !grounds.trim() || !(days > 0)">{{ 'rec.extend' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="action.set(null)">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            }
            @if (isOpen(o, 'redirect')) {
              <form class="panel" (ngSubmit)="redirect(o)" novalidate>
                <p class="k-muted">{{ 'rec.redirectHint' | t }}</p>
                <label class="k-field"><span>{{ 'rec.toBody' | t }}</span>
                  <select name="toBody" [(ngModel)]="toBodyId">
                    @for (b of otherBodies(o); track b.id) {
                      <option [value]="b.id">{{ i18n.text(b.name) }}</option>
                    }
                  </select>
                </label>
                <label class="k-field"><span>{{ 'obl.groundsField' | t }}</span><textarea name="grounds" rows="2" [(ngModel)]="grounds"></textarea></label>
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !grounds.trim() || !toBodyId">{{ 'rec.redirect' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="action.set(null)">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            }
            @if (isOpen(o, 'assess')) {
              <form class="panel" (ngSubmit)="assess(o)" novalidate data-assess>
                <p class="k-muted">{{ 'rec.assessHint' | t }}</p>
                <fieldset class="choices">
                  <legend>{{ 'rec.assess' | t }}</legend>
                  <label class="choice"><input type="radio" name="adequate" [value]="true" [(ngModel)]="adequate" /> {{ 'rec.adequate' | t }}</label>
                  <label class="choice bad-choice"><input type="radio" name="adequate" [value]="false" [(ngModel)]="adequate" /> {{ 'rec.inadequate' | t }}</label>
                </fieldset>
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || adequate === null">{{ 'auth.save' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="action.set(null)">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            }
          }

          <h4>{{ 'obl.answers' | t }}</h4>
          @for (a of signed(o); track a.id) {
            <k-answer-view [answer]="a" />
          } @empty {
            <p class="k-muted">{{ 'obl.noAnswerYet' | t }}</p>
          }
          @if (o.commitments.length) {
            <h4>{{ 'obl.commitments' | t }}</h4>
            <k-commitment-list [commitments]="o.commitments" [mode]="canDispute ? 'dispute' : 'read'" (changed)="applied($event.notice)" />
          }
        </section>
      }
    } @else if (error(); as e) {
      <div class="k-alert" role="alert"><p>{{ e.message }}</p></div>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.k-card > h2:first-child { margin-top: 0; }
     .text { font-size: 1.1rem; white-space: pre-line; overflow-wrap: anywhere; }
     .points { padding-inline-start: 1.5rem; display: flex; flex-direction: column; gap: 0.4rem; }
     .obligation { display: flex; flex-direction: column; gap: 0.6rem; margin-bottom: 1.25rem; max-width: 60rem; }
     .obligation.late { border: 3px solid var(--k-bad); }
     .obligation h3 { margin: 0; font-size: 1.25rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
     .obligation h4 { margin: 0.75rem 0 0; font-size: 1.05rem; }
     .obligation p { margin: 0; }
     .state { font-weight: 700; font-size: 1.1rem; }
     .assessed { font-weight: 700; color: var(--k-ok); }
     .assessed.bad { color: var(--k-bad); }
     .secretary { margin-top: 0.5rem; padding-top: 0.75rem; border-top: 1px solid var(--k-border); }
     .panel { display: flex; flex-direction: column; gap: 0.85rem; max-width: 44rem; padding: 1rem; background: #f4f7fa; border-radius: var(--k-radius); }
     .days { max-width: 14rem; }
     .choices { border: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
     .choices legend { font-weight: 700; margin-bottom: 0.35rem; }
     .choice { display: flex; align-items: center; gap: 0.75rem; min-height: 52px; padding: 0.5rem 1rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); cursor: pointer; font-weight: 600; }
     .choice:has(input:checked) { border-color: var(--k-primary); background: #eef4fa; }
     .bad-choice:has(input:checked) { border-color: var(--k-bad); background: #fdf0f0; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }`,
  ],
})
export class RecommendationPage implements OnInit {
  readonly id = input.required<string>();
  readonly number = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly auth = inject(AuthState);
  private readonly apollo = inject(Apollo);
  readonly manage = this.auth.can('meeting.manage');
  readonly canDispute = this.auth.can('meeting.manage') || this.auth.can('meeting.participate');

  readonly rec = signal<RecommendationView | null>(null);
  readonly bodies = signal<Admin.AdminStateBodiesQuery['stateBodies']['items']>([]);
  readonly actions = new PageActions(this.apollo, this.i18n, () => this.load());
  readonly error = this.actions.error;
  readonly notice = this.actions.notice;
  readonly busy = this.actions.busy;
  readonly action = signal<{ obligationId: string; kind: Action } | null>(null);
  readonly addressed = computed(() => new Set((this.rec()?.obligations ?? []).map((o) => o.body.id)));
  grounds = '';
  days = 5;
  toBodyId = '';
  adequate: boolean | null = null;

  constructor() {
    this.i18n.register(OBLIGATION_MESSAGES);
  }

  ngOnInit(): void {
    void this.load();
    if (this.manage) {
      void firstValueFrom(this.apollo.query({ query: Admin.AdminStateBodiesDocument, variables: { page: { offset: 0, limit: 100 } } }))
        .then((r) => this.bodies.set(r.data?.stateBodies.items ?? []))
        .catch(() => undefined);
    }
  }

  private async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.CouncilRecommendationDocument, variables: { councilId: this.id(), number: Number(this.number()) }, fetchPolicy: 'no-cache' }));
      this.rec.set(r.data?.recommendation ?? null);
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }

  date(iso: string): string {
    return legalDate(iso);
  }

  signed(o: ObligationView): Admin.AnswerFieldsFragment[] {
    return signedAnswers(o);
  }

  canExtend(o: ObligationView): boolean {
    return CLOCK_RUNNING.includes(o.state) && !o.clockStoppedOn;
  }

  canRedirect(o: ObligationView): boolean {
    return REDIRECTABLE.includes(o.state);
  }

  /** Bodies the obligation may move to: not one already addressed by this recommendation. */
  otherBodies(o: ObligationView): Admin.AdminStateBodiesQuery['stateBodies']['items'] {
    return this.bodies().filter((b) => b.id !== o.body.id && !this.addressed().has(b.id));
  }

  isOpen(o: ObligationView, kind: Action): boolean {
    const a = this.action();
    return a?.obligationId === o.id && a.kind === kind;
  }

  open(o: ObligationView, kind: Action): void {
    this.grounds = '';
    this.days = 5;
    this.adequate = null;
    this.toBodyId = this.otherBodies(o)[0]?.id ?? '';
    this.action.set(this.isOpen(o, kind) ? null : { obligationId: o.id, kind });
  }

  async applied(notice: string): Promise<void> {
    this.error.set(null);
    this.notice.set(notice);
    await this.load();
  }

  async resume(o: ObligationView): Promise<void> {
    await this.actions.run({ mutation: Admin.ResumeObligationClockDocument, variables: { obligationId: o.id } }, 'rec.resumed', () => this.action.set(null));
  }

  async extend(o: ObligationView): Promise<void> {
    const input = { obligationId: o.id, grounds: this.grounds.trim(), workingDays: Number(this.days) };
    await this.actions.run({ mutation: Admin.ExtendObligationDocument, variables: { input } }, 'rec.extended', () => this.action.set(null));
  }

  async redirect(o: ObligationView): Promise<void> {
    const input = { obligationId: o.id, toBodyId: this.toBodyId, grounds: this.grounds.trim() };
    await this.actions.run({ mutation: Admin.RedirectObligationDocument, variables: { input } }, 'rec.redirected', () => this.action.set(null));
  }

  async assess(o: ObligationView): Promise<void> {
    if (this.adequate === null) return;
    const input = { obligationId: o.id, adequate: this.adequate };
    await this.actions.run({ mutation: Admin.AssessAnswerDocument, variables: { input } }, 'rec.assessed', () => this.action.set(null));
  }
}
