import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { pageTitle } from './page-title';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { MEETING_MESSAGES } from './meetings.messages';
import { MINUTES_MESSAGES } from './minutes.messages';
import { enumKey } from './minutes-format';

/** A council's published annual report: the year's figures in words and tables, with its PDF. */
@Component({
  selector: 'k-annual-report-page',
  imports: [RouterLink, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="k-noprint"><a [routerLink]="['/', i18n.locale(), 'councils', slug()]">← {{ 'mtg.backToCouncil' | t }}</a></p>
    <h1>{{ 'rep.title' | t: { year: year() } }}</h1>
    @if (report(); as r) {
      <p class="k-muted">
        @if (r.publishedAt) { {{ 'rep.published' | t: { date: (r.publishedAt | kzTime: i18n.locale() : false) } }} }
        @if (r.approvedByName) { · {{ 'rep.approvedBy' | t: { name: r.approvedByName } }} }
      </p>
      <p class="k-noprint"><a class="k-button" [href]="r.pdfUrl + '?lang=' + i18n.locale()" data-pdf>{{ 'min.pdf' | t }}</a></p>

      <dl class="figures" data-figures>
        <div class="k-card">
          <dt>{{ 'rep.meetings' | t }}</dt>
          <dd class="big">{{ r.meetingsHeld }}</dd>
          @if (r.meetingsRequired !== null) {
            <dd>{{ 'rep.meetingsOf' | t: { n: r.meetingsHeld, min: r.meetingsRequired } }}</dd>
          }
          @if (r.meetingsMinimumMet !== null) {
            <dd class="note" [class.bad]="!r.meetingsMinimumMet">{{ (r.meetingsMinimumMet ? 'rep.minimumMet' : 'rep.minimumNotMet') | t }}</dd>
          }
        </div>
        <div class="k-card"><dt>{{ 'rep.items' | t }}</dt><dd class="big">{{ r.items }}</dd></div>
        <div class="k-card"><dt>{{ 'rep.recommendations' | t }}</dt><dd class="big">{{ r.recommendations }}</dd></div>
        <div class="k-card"><dt>{{ 'rep.onTime' | t }}</dt><dd class="big">{{ pct(r.onTimeRate) }}</dd></div>
        <div class="k-card">
          <dt>{{ 'rep.execution' | t }}</dt>
          <dd class="big">{{ pct(r.executionRate) }}</dd>
          <dd>{{ 'rep.of' | t: { n: r.commitmentsExecuted, of: r.commitments } }}</dd>
        </div>
      </dl>

      <table>
        <caption>{{ 'rep.attendance' | t }}</caption>
        <thead><tr><th scope="col">{{ 'rep.name' | t }}</th><th scope="col">{{ 'rep.attended' | t }}</th><th scope="col" class="num">%</th></tr></thead>
        <tbody>
          @for (a of r.attendance; track a.name) {
            <tr><th scope="row">{{ a.name }}</th><td>{{ 'rep.of' | t: { n: a.attended, of: a.of } }}</td><td class="num">{{ pct(a.rate) }}</td></tr>
          }
        </tbody>
      </table>

      <div class="two">
        <table>
          <caption>{{ 'rep.byCategory' | t }}</caption>
          <tbody>
            @for (c of r.itemsByCategory; track c.key) {
              <tr><th scope="row">{{ 'category.' + key(c.key) | t }}</th><td class="num">{{ c.count }}</td></tr>
            }
          </tbody>
        </table>
        <table>
          <caption>{{ 'rep.bySource' | t }}</caption>
          <tbody>
            @for (c of r.itemsBySource; track c.key) {
              <tr><th scope="row">{{ 'source.' + key(c.key) | t }}</th><td class="num">{{ c.count }}</td></tr>
            }
          </tbody>
        </table>
      </div>

      @if (r.bodies.length) {
        <table>
          <caption>{{ 'rep.bodies' | t }}</caption>
          <thead><tr><th scope="col">{{ 'rep.body' | t }}</th><th scope="col" class="num">{{ 'rep.total' | t }}</th><th scope="col">{{ 'rep.onTime' | t }}</th></tr></thead>
          <tbody>
            @for (b of r.bodies; track b.name) {
              <tr><th scope="row">{{ b.name }}</th><td class="num">{{ b.total }}</td><td>{{ 'rep.of' | t: { n: b.answeredOnTime, of: b.total } }} ({{ pct(b.onTimeRate) }})</td></tr>
            }
          </tbody>
        </table>
      }

      <h2>{{ 'rep.composition' | t }}</h2>
      <ul>
        @for (c of r.compositionChanges; track $index) {
          <li>{{ c.on }} — {{ c.name }}: {{ 'rep.change.' + c.change | t }}@if (c.reason) { ({{ c.reason }}) }</li>
        } @empty {
          <li class="k-muted">{{ 'rep.noChanges' | t }}</li>
        }
      </ul>
    } @else if (notFound()) {
      <p class="k-card">{{ 'rep.notPublished' | t }}</p>
    } @else if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; margin: 1rem 0 1.5rem; }
     .figures dt { font-weight: 600; }
     .figures dd { margin: 0.2rem 0 0; }
     .figures .big { font-size: 2rem; font-weight: 700; }
     .figures .note { font-weight: 600; color: var(--k-ok); }
     .figures .note.bad { color: var(--k-bad); }
     table { width: 100%; max-width: 48rem; border-collapse: collapse; background: var(--k-surface); margin: 0 0 1.5rem; }
     caption { text-align: left; font-weight: 700; font-size: 1.15rem; padding: 0.35rem 0; }
     th, td { text-align: left; padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--k-border); vertical-align: top; }
     thead th { color: var(--k-muted); font-size: 0.95rem; }
     tbody th { font-weight: 600; }
     .num { text-align: right; }
     .two { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 1.5rem; max-width: 48rem; }`,
  ],
})
export class AnnualReportPage {
  readonly slug = input.required<string>();
  readonly year = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  constructor() {
    this.i18n.register(MEETING_MESSAGES);
    this.i18n.register(MINUTES_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      if (!this.data.hasValue()) return null;
      return [i.t('rep.title', { year: this.year() }), i.text(this.data.value().council?.name)];
    });
  }

  readonly data = rxResource({
    params: () => ({ slug: this.slug(), year: Number(this.year()), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicAnnualReportDocument, { slug: params.slug, year: Number.isSafeInteger(params.year) ? params.year : 0 }),
  });

  readonly report = computed(() => (this.data.hasValue() ? this.data.value().publicAnnualReport : null));

  readonly notFound = computed(() => {
    const e = this.data.error();
    const missing = e instanceof PublicApiError && e.code === 'NOT_FOUND';
    if (missing && this.response) this.response.status = 404;
    return missing;
  });

  pct(rate: number | null): string {
    return rate === null ? this.i18n.t('rep.noData') : `${Math.round(rate * 100)}%`;
  }

  key(k: string): string {
    return enumKey(k);
  }
}
