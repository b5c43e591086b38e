import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { toUiError } from '../graphql-errors';
import { MINUTES_MESSAGES } from '../minutes/minutes.messages';
import { enumKey, percent } from '../minutes/minutes-format';
import { PageActions } from '../obligations/page-actions';

type Report = NonNullable<Admin.AnnualReportQuery['annualReport']>;

/**
 * A council's annual report for one year: the secretary generates it from the record (and may
 * recalculate while it is a draft), everyone reviews the figures, the chair approves, the
 * secretary publishes (then it is on the portal and locked), with its PDF.
 */
@Component({
  selector: 'k-annual-report-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/councils', id(), 'meetings']">← {{ 'rep.back' | t }}</a></p>
    <h1>{{ 'rep.title' | t: { year: year() } }}</h1>
    <nav class="k-actions years" [attr.aria-label]="'rep.year' | t">
      @for (y of years(); track y) {
        <a class="k-button" [class.secondary]="y !== +year()" [routerLink]="['/councils', id(), 'reports', y]" [attr.aria-current]="y === +year() ? 'page' : null">{{ y }}</a>
      }
    </nav>
    @if (notice(); as n) {
      <p class="k-success" role="status" data-notice>{{ n }}</p>
    }
    @if (error(); as e) {
      <div class="k-alert" role="alert" data-error><p>{{ e.message }}</p></div>
    }
    @if (report(); as r) {
      <div class="head">
        <span class="k-badge big" data-state>{{ 'rep.state.' + r.state | t }}</span>
        @if (r.approvedByName) {
          <span>{{ 'rep.approvedBy' | t: { name: r.approvedByName } }}</span>
        }
        <a class="k-button secondary" [href]="r.pdfUrl + '?lang=' + i18n.locale()" target="_blank" rel="noopener" data-pdf>{{ 'min.pdf' | t }}</a>
      </div>

      <dl class="figures" data-figures>
        <div class="k-card">
          <dt>{{ 'rep.meetings' | t }}</dt>
          <dd>{{ r.meetingsHeld }}</dd>
          @if (r.meetingsRequired !== null) {
            <dd class="note plain">{{ 'rep.meetingsOf' | t: { n: r.meetingsHeld, min: r.meetingsRequired } }}</dd>
          }
          @if (r.meetingsMinimumMet !== null) {
            <dd class="note" [class.bad]="!r.meetingsMinimumMet">{{ (r.meetingsMinimumMet ? 'rep.minimumMet' : 'rep.minimumNotMet') | t }}</dd>
          }
        </div>
        <div class="k-card"><dt>{{ 'rep.items' | t }}</dt><dd>{{ r.items }}</dd></div>
        <div class="k-card"><dt>{{ 'rep.recommendations' | t }}</dt><dd>{{ r.recommendations }}</dd></div>
        <div class="k-card"><dt>{{ 'rep.onTime' | t }}</dt><dd>{{ pct(r.onTimeRate) }}</dd></div>
        <div class="k-card">
          <dt>{{ 'rep.execution' | t }}</dt>
          <dd>{{ pct(r.executionRate) }}</dd>
          <dd class="note plain">{{ 'rep.executionOf' | t: { n: r.commitmentsExecuted, of: r.commitments } }}</dd>
        </div>
      </dl>

      <h2>{{ 'rep.attendance' | t }}</h2>
      <table class="k-table">
        <thead><tr><th scope="col">{{ 'rep.name' | t }}</th><th scope="col">{{ 'rep.attended' | t }}</th><th scope="col">%</th></tr></thead>
        <tbody>
          @for (a of r.attendance; track a.name) {
            <tr><td>{{ a.name }}</td><td>{{ 'rep.executionOf' | t: { n: a.attended, of: a.of } }}</td><td>{{ pct(a.rate) }}</td></tr>
          }
        </tbody>
      </table>

      <div class="two">
        <section>
          <h2>{{ 'rep.byCategory' | t }}</h2>
          <table class="k-table">
            <tbody>
              @for (c of r.itemsByCategory; track c.key) {
                <tr><td>{{ 'mtg.cat.' + key(c.key) | t }}</td><td class="num">{{ c.count }}</td></tr>
              }
            </tbody>
          </table>
        </section>
        <section>
          <h2>{{ 'rep.bySource' | t }}</h2>
          <table class="k-table">
            <tbody>
              @for (c of r.itemsBySource; track c.key) {
                <tr><td>{{ 'mtg.src.' + key(c.key) | t }}</td><td class="num">{{ c.count }}</td></tr>
              }
            </tbody>
          </table>
        </section>
      </div>

      <h2>{{ 'rep.bodies' | t }}</h2>
      <table class="k-table">
        <thead><tr><th scope="col">{{ 'rep.body' | t }}</th><th scope="col">{{ 'rep.total' | t }}</th><th scope="col">{{ 'rep.onTime' | t }}</th></tr></thead>
        <tbody>
          @for (b of r.bodies; track b.name) {
            <tr><td>{{ b.name }}</td><td class="num">{{ b.total }}</td><td>{{ b.answeredOnTime }} ({{ pct(b.onTimeRate) }})</td></tr>
          } @empty {
            <tr><td colspan="3" class="k-muted">{{ 'rep.noData' | t }}</td></tr>
          }
        </tbody>
      </table>

      <h2>{{ 'rep.composition' | t }}</h2>
      <ul class="k-list">
        @for (c of r.compositionChanges; track $index) {
          <li>{{ c.on }} — {{ c.name }}: {{ 'rep.change.' + c.change | t }}@if (c.reason) { ({{ c.reason }}) }</li>
        } @empty {
          <li class="k-muted">{{ 'rep.noChanges' | t }}</li>
        }
      </ul>

      <section class="k-card steps">
        @if (r.state === 'draft') {
          @if (manage) {
            <button class="k-button secondary big" type="button" [disabled]="busy()" (click)="generate()">{{ 'rep.regenerate' | t }}</button>
          }
          @if (approver) {
            <p class="k-warning">{{ 'rep.approveConfirm' | t }}</p>
            <button class="k-button big" type="button" [disabled]="busy()" (click)="approve()" data-approve>{{ 'rep.approve' | t }}</button>
          } @else {
            <p class="k-muted">{{ 'rep.waitChair' | t }}</p>
          }
        }
        @if (r.state === 'approved' && manage) {
          <p class="k-warning">{{ 'rep.publishConfirm' | t }}</p>
          <button class="k-button big" type="button" [disabled]="busy()" (click)="publish()" data-publish>{{ 'rep.publish' | t }}</button>
        }
        @if (r.state === 'published') {
          <p class="k-success">{{ 'rep.state.published' | t }}</p>
        }
      </section>
    } @else if (loaded()) {
      <div class="k-card">
        <p>{{ 'rep.none' | t }}</p>
        @if (manage) {
          <button class="k-button big" type="button" [disabled]="busy()" (click)="generate()" data-generate>{{ 'rep.generate' | t }}</button>
        }
      </div>
    } @else if (!error()) {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.years { margin-bottom: 1rem; }
     .head { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-bottom: 1rem; }
     .k-badge.big { font-size: 1.05rem; padding: 0.35rem 0.9rem; font-weight: 700; }
     .k-button.big { min-height: 56px; font-size: 1.1rem; padding-inline: 1.5rem; }
     .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; margin: 0 0 1.5rem; }
     .figures dt { font-weight: 600; color: var(--k-muted); }
     .figures dd { margin: 0.25rem 0 0; font-size: 1.8rem; font-weight: 700; }
     .figures dd.note { font-size: 1rem; font-weight: 600; color: var(--k-ok); }
     .figures dd.note.bad { color: var(--k-bad); }
     .figures dd.note.plain { color: inherit; font-weight: 400; }
     .two { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; }
     .num { text-align: right; }
     .steps { display: flex; flex-direction: column; align-items: flex-start; gap: 0.85rem; margin-top: 1.5rem; max-width: 50rem; }`,
  ],
})
export class AnnualReportPage {
  readonly id = input.required<string>();
  readonly year = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly auth = inject(AuthState);
  private readonly apollo = inject(Apollo);
  readonly manage = this.auth.can('meeting.manage');
  readonly approver = this.auth.can('minutes.approve');
  readonly report = signal<Report | null>(null);
  readonly loaded = signal(false);
  readonly actions = new PageActions(this.apollo, this.i18n, () => this.load());
  readonly error = this.actions.error;
  readonly notice = this.actions.notice;
  readonly busy = this.actions.busy;
  readonly years = computed(() => {
    const y = Number(this.year());
    return [y - 2, y - 1, y, y + 1].filter((x) => x >= 2024 && x <= new Date().getFullYear() + 1);
  });

  constructor() {
    this.i18n.register(MINUTES_MESSAGES);
    // The year is in the address: moving between years reloads the page's one query.
    effect(() => {
      this.year();
      untracked(() => void this.load());
    });
  }

  private async load(): Promise<void> {
    this.loaded.set(false);
    this.report.set(null);
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.AnnualReportDocument, variables: { councilId: this.id(), year: Number(this.year()) }, fetchPolicy: 'no-cache' }));
      this.report.set(r.data?.annualReport ?? null);
      this.loaded.set(true);
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }

  pct(rate: number | null): string {
    return percent(rate, this.i18n.t('rep.noData'));
  }

  key(k: string): string {
    return enumKey(k);
  }

  private vars(): { councilId: string; year: number } {
    return { councilId: this.id(), year: Number(this.year()) };
  }

  async generate(): Promise<void> {
    await this.actions.run({ mutation: Admin.GenerateAnnualReportDocument, variables: this.vars() }, 'rep.generated');
  }

  async approve(): Promise<void> {
    await this.actions.run({ mutation: Admin.ApproveAnnualReportDocument, variables: this.vars() }, 'rep.approved');
  }

  async publish(): Promise<void> {
    await this.actions.run({ mutation: Admin.PublishAnnualReportDocument, variables: this.vars() }, 'rep.published');
  }
}
