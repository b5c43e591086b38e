import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { pageTitle } from './page-title';
import { BodyDeadlinesFeedComponent } from './council-feeds.component';
import { RECOMMENDATION_MESSAGES } from './recommendations.messages';

/** One bar of a chart: its words, count, share of the whole and tone (the words carry the meaning). */
interface Bar {
  key: string;
  count: number;
  percent: number;
  tone: 'ok' | 'late' | 'bad' | 'wait';
}

/** A figure as a table whose share column carries a plain HTML bar; the numbers are text. */
@Component({
  selector: 'k-figure-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="chart">
      <caption>{{ caption() }}</caption>
      <thead>
        <tr><th scope="col">{{ 'body.colWhat' | t }}</th><th scope="col">{{ 'body.colCount' | t }}</th><th scope="col">{{ 'body.colShare' | t }}</th></tr>
      </thead>
      <tbody>
        @for (b of bars(); track b.key) {
          <tr [attr.data-figure]="b.key">
            <th scope="row">{{ 'fig.' + b.key | t }}</th>
            <td class="count">{{ b.count }}</td>
            <td><span class="share"><span class="bar-track" aria-hidden="true"><span [class]="'bar tone-' + b.tone" [style.width.%]="b.percent" [style.min-width.px]="b.count ? 3 : 0"></span></span><span class="pct">{{ b.percent }}%</span></span></td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: [
    `.chart { width: 100%; max-width: 48rem; border-collapse: collapse; background: var(--k-surface); margin: 0.5rem 0; }
     caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
     th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--k-border); vertical-align: middle; }
     thead th { color: var(--k-muted); font-weight: 400; font-size: 0.95rem; }
     tbody th { font-weight: 600; width: 40%; }
     .count { font-weight: 700; font-size: 1.15rem; text-align: right; width: 5rem; }
     .share { display: flex; align-items: center; gap: 0.6rem; }
     .bar-track { flex: 1; min-width: 4rem; height: 1.1rem; background: #eef0f3; border-radius: 4px; overflow: hidden; }
     .bar { display: block; height: 100%; background: var(--k-primary); border-radius: 4px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
     .tone-ok { background: var(--k-ok); } .tone-late { background: var(--k-warn); } .tone-bad { background: var(--k-bad); } .tone-wait { background: var(--k-muted); }
     .pct { min-width: 3.2rem; text-align: right; }
     @media (max-width: 40rem) { th, td { padding: 0.5rem 0.4rem; } tbody th { width: auto; } .count { width: auto; } .pct { min-width: 2.6rem; } }
     @media print { .bar-track { border: 1px solid #999; } }`,
  ],
})
export class FigureChartComponent {
  readonly bars = input.required<Bar[]>();
  readonly caption = input.required<string>();
}

/**
 * A state body's responsiveness: how it answered the recommendations addressed to it and how it
 * keeps its commitments, as tables with plain HTML bars (no chart library), and the method in words.
 */
@Component({
  selector: 'k-body-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, FigureChartComponent, BodyDeadlinesFeedComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="k-noprint"><a [routerLink]="['/', i18n.locale()]">← {{ 'portal.backToIndex' | t }}</a></p>
    @if (figures(); as f) {
      <h1><k-text [value]="f.body.name" /></h1>
      <p class="lead">{{ 'body.title' | t }}</p>

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{{ 'body.answers' | t }}</h2>
        @if (f.total) {
          <k-figure-chart data-chart="answers" [bars]="answerBars()" [caption]="'body.answersCaption' | t: { n: f.total }" />
          <ul class="facts" data-facts>
            <li>{{ f.medianDelayWorkingDays === null ? ('fig.medianNone' | t) : ('fig.median' | t: { n: round(f.medianDelayWorkingDays) }) }}</li>
            <li>{{ f.adequacyRate === null ? ('fig.adequacyNone' | t) : ('fig.adequacy' | t: { pct: pct(f.adequacyRate), n: f.assessed }) }}</li>
          </ul>
        } @else {
          <p class="k-muted">{{ 'body.none' | t }}</p>
        }
      </section>

      <section aria-labelledby="commitments-title">
        <h2 id="commitments-title">{{ 'body.commitments' | t }}</h2>
        @if (f.commitments) {
          <k-figure-chart data-chart="commitments" [bars]="commitmentBars()" [caption]="'body.commitmentsCaption' | t: { n: f.commitments }" />
          @if (f.executionRate !== null) { <p class="facts">{{ 'fig.execution' | t: { pct: pct(f.executionRate) } }}</p> }
        } @else {
          <p class="k-muted">{{ 'fig.noCommitments' | t }}</p>
        }
      </section>

      <section class="k-card method" aria-labelledby="method-title">
        <h2 id="method-title">{{ 'body.method' | t }}</h2>
        <p data-method>{{ f.method }}</p>
      </section>

      <k-body-deadlines-feed class="k-noprint" [bodyId]="bodyId()" />
    } @else if (notFound()) {
      <h1>{{ 'portal.notFound' | t }}</h1>
      <p>{{ 'body.notFound' | t }}</p>
    } @else if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.lead { font-size: 1.1rem; margin-top: -0.25rem; }
     .facts { font-size: 1.05rem; padding-inline-start: 1.25rem; }
     p.facts { padding: 0; }
     .method { margin-top: 2rem; }
     .method h2 { margin-top: 0.25rem; }`,
  ],
})
export class BodyPage {
  readonly bodyId = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  constructor() {
    this.i18n.register(RECOMMENDATION_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      const f = this.figures();
      return f ? [i.text(f.body.name)] : null;
    });
  }

  readonly data = rxResource({
    params: () => ({ bodyId: this.bodyId(), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.StateBodyFiguresDocument, { bodyId: params.bodyId }),
  });

  readonly figures = computed(() => (this.data.hasValue() ? this.data.value().stateBodyFigures : null));

  readonly notFound = computed(() => {
    const e = this.data.error();
    // A malformed id is refused as invalid input: to a reader it is the same missing page.
    const missing = e instanceof PublicApiError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT');
    if (missing && this.response) this.response.status = 404;
    return missing;
  });

  readonly answerBars = computed<Bar[]>(() => {
    const f = this.figures();
    if (!f) return [];
    return bars(f.total, [
      ['answeredOnTime', f.answeredOnTime, 'ok'],
      ['answeredLate', f.answeredLate, 'late'],
      ['overdue', f.overdue, 'bad'],
      ['open', f.open, 'wait'],
    ]);
  });

  readonly commitmentBars = computed<Bar[]>(() => {
    const f = this.figures();
    if (!f) return [];
    return bars(f.commitments, [
      ['executed', f.commitmentsExecuted, 'ok'],
      ['commitmentsOverdue', f.commitmentsOverdue, 'bad'],
      ['inProgress', Math.max(0, f.commitments - f.commitmentsExecuted - f.commitmentsOverdue), 'wait'],
    ]);
  });

  pct(rate: number): number {
    return Math.round(rate * 100);
  }

  round(n: number): number {
    return Math.round(n * 10) / 10;
  }
}

function bars(total: number, rows: Array<[string, number, Bar['tone']]>): Bar[] {
  return rows.map(([key, count, tone]) => ({ key, count, tone, percent: total ? Math.round((count / total) * 100) : 0 }));
}
