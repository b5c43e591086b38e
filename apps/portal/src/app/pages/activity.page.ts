import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { ACTIVITY_MESSAGES } from './activity.messages';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { pageTitle } from './page-title';

type Activity = Pub.PublicCouncilActivityQuery['publicCouncilActivity'];

/**
 * "What this council did" in plain words: a year of the council's public record told in short
 * sentences, each linked to the record behind it (the meeting, its minutes, the recommendation,
 * the annual report). The figures are the API's (`publicCouncilActivity`), counted from
 * published records only; the page only words them.
 */
@Component({
  selector: 'k-activity-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="councilLink()">← {{ 'act.back' | t }}</a></p>
    @if (data.hasValue() && data.value().council && data.value().publicCouncilActivity; as a) {
      <h1>{{ 'act.title' | t: { year: a.year } }}</h1>
      <p class="council"><k-text [value]="data.value().council!.name" /></p>
      <p class="lead">{{ 'act.intro' | t }}</p>

      @if (yearsOf(a).length > 1) {
        <nav class="years" [attr.aria-label]="'act.years' | t">
          <span>{{ 'act.years' | t }}:</span>
          @for (y of yearsOf(a); track y) {
            <a class="k-button secondary" [routerLink]="[]" [queryParams]="{ year: y }" [attr.aria-current]="y === a.year ? 'page' : null">{{ y }}</a>
          }
        </nav>
      }

      <section aria-labelledby="act-meetings" data-activity="meetings">
        <h2 id="act-meetings">{{ 'act.meetingsTitle' | t }}</h2>
        <p class="say">
          @if (a.meetingsHeld) { {{ 'act.held' | t: { n: a.meetingsHeld } }} } @else { {{ 'act.heldNone' | t }} }
          @if (a.meetingsScheduled) { {{ 'act.scheduled' | t: { n: a.meetingsScheduled } }} }
        </p>
        @if (a.frequency; as f) {
          <p class="say">{{ (f.period === 'quarter' ? 'act.ruleQuarter' : 'act.ruleYear') | t: { min: f.min } }}
            @if (f.period === 'quarter' && f.missed) { <strong class="bad">{{ 'act.missedQuarters' | t: { n: f.missed } }}</strong> }
          </p>
          <ul class="periods">
            @for (p of f.periods; track p.index) {
              <li [class]="'period ' + p.status.toLowerCase()" [attr.data-period]="p.index">
                <span class="name">{{ (f.period === 'quarter' ? 'act.quarter' : 'act.wholeYear') | t: { n: p.index } }}</span>
                <span>{{ 'act.periodHeld' | t: { n: p.held } }}</span>
                <span class="status">{{ 'act.period.' + p.status.toLowerCase() | t }}</span>
              </li>
            }
          </ul>
          <p class="k-muted basis">{{ 'act.basis' | t: { basis: f.basis.text } }}</p>
        }
        @if (a.meetings.length) {
          <ul class="links">
            @for (m of a.meetings; track m.number) {
              <li>
                <a [routerLink]="[councilBase(), 'meetings', m.number]">{{ 'act.meeting' | t: { n: m.number, date: (m.date | kzTime: i18n.locale() : false) } }}</a>
                @if (m.held) {
                  — {{ 'act.meetingQuestions' | t: { n: m.items } }},
                  @if (m.minutesPublished) {
                    <a [routerLink]="[councilBase(), 'meetings', m.number, 'minutes']">{{ 'act.minutes' | t }}</a>
                  } @else {
                    <span class="k-muted">{{ 'act.noMinutes' | t }}</span>
                  }
                } @else {
                  — <span class="k-badge">{{ 'act.upcoming' | t }}</span>
                }
              </li>
            }
          </ul>
          @if (a.meetingsHeld) {
            <p class="say">{{ 'act.minutesCount' | t: { n: a.minutesPublished, held: a.meetingsHeld } }}</p>
          }
        }
      </section>

      <section aria-labelledby="act-questions" data-activity="questions">
        <h2 id="act-questions">{{ 'act.questionsTitle' | t }}</h2>
        @if (a.topics.length) {
          <p class="say">{{ 'act.questions' | t: { n: a.questions } }}</p>
          <ol class="links">
            @for (q of a.topics; track q.meetingNumber + '-' + q.position) {
              <li>
                <k-text [value]="q.title" />
                (<a [routerLink]="[councilBase(), 'meetings', q.meetingNumber]">{{ 'act.atMeeting' | t: { n: q.meetingNumber } }}</a>)
              </li>
            }
          </ol>
        } @else {
          <p class="say">{{ 'act.questionsNone' | t }}</p>
        }
      </section>

      <section aria-labelledby="act-recs" data-activity="recommendations">
        <h2 id="act-recs">{{ 'act.recsTitle' | t }}</h2>
        <p class="k-muted">{{ 'act.recsExplain' | t }}</p>
        @if (a.recommendations.length) {
          <p class="say">{{ 'act.recs' | t: { n: a.recommendations.length } }}</p>
          <ul class="recs">
            @for (r of a.recommendations; track r.number) {
              <li class="k-card" [attr.data-recommendation]="r.number">
                <a class="title" [routerLink]="[councilBase(), 'recommendations', r.number]">{{ 'act.rec' | t: { n: r.number } }}: <k-text [value]="r.title" /></a>
                <span [class]="'progress ' + r.progress">
                  @if (r.progress === 'WAITING' && r.nextDue) {
                    {{ 'act.progress.waitingUntil' | t: { date: (r.nextDue | kzTime: i18n.locale() : false) } }}
                  } @else {
                    {{ 'act.progress.' + progressKey(r.progress) | t }}
                  }
                  @if (r.commitments) { · {{ 'act.recPromises' | t: { n: r.commitments, done: r.commitmentsExecuted } }} }
                </span>
              </li>
            }
          </ul>
        } @else {
          <p class="say">{{ 'act.recsNone' | t }}</p>
        }
      </section>

      @if (a.answers.total) {
        <section aria-labelledby="act-answers" data-activity="answers">
          <h2 id="act-answers">{{ 'act.answersTitle' | t }}</h2>
          <p class="say">{{ 'act.answers' | t: { total: a.answers.total } }}</p>
          <ul class="tally">
            <li class="ok">{{ 'act.onTime' | t: { n: a.answers.onTime } }}</li>
            <li>{{ 'act.late' | t: { n: a.answers.late } }}</li>
            <li class="bad">{{ 'act.overdue' | t: { n: a.answers.overdue } }}</li>
            <li>{{ 'act.open' | t: { n: a.answers.open } }}</li>
          </ul>
          <p class="say">
            @if (a.commitments.total) {
              {{ 'act.promises' | t: { n: a.commitments.total, done: a.commitments.executed, overdue: a.commitments.overdue } }}
            } @else {
              {{ 'act.promisesNone' | t }}
            }
          </p>
        </section>
      }

      @if (data.value().composition; as comp) {
        <section aria-labelledby="act-composition" data-activity="composition">
          <h2 id="act-composition">{{ 'act.compositionTitle' | t }}</h2>
          <p class="say">
            {{ 'act.composition' | t: { total: comp.independenceIndex.total, civil: comp.independenceIndex.civilSociety, state: comp.independenceIndex.stateLinked } }}
          </p>
          @if (civilRule(); as rule) {
            <!-- The rule's verdict in the API's words, its legal basis included. -->
            <p class="say" [class.bad]="rule.status === 'FAIL'">{{ rule.message }}</p>
          }
          <p><a [routerLink]="councilBase()" fragment="composition-title">{{ 'act.compositionLink' | t }}</a></p>
        </section>
      }

      <section aria-labelledby="act-report" data-activity="report">
        <h2 id="act-report">{{ 'act.reportTitle' | t }}</h2>
        @if (a.annualReportPublished) {
          <p><a class="k-button" [routerLink]="[councilBase(), 'reports', a.year]">{{ 'act.report' | t: { year: a.year } }}</a></p>
        } @else {
          <p class="say">{{ 'act.noReport' | t }}</p>
        }
      </section>

      <p class="k-muted">{{ 'act.counted' | t: { date: (a.asOf | kzTime: i18n.locale() : false) } }}</p>
    } @else if (notFound()) {
      <h1>{{ 'portal.notFound' | t }}</h1>
      <p>{{ 'portal.councilNotFound' | t }}</p>
    } @else if (data.error()) {
      <h1>{{ 'act.link' | t }}</h1>
      <p role="alert">{{ 'ui.error' | t }} <button class="k-button secondary" type="button" (click)="data.reload()">{{ 'ui.retry' | t }}</button></p>
    } @else {
      <h1>{{ 'act.link' | t }}</h1>
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.council { font-size: 1.15rem; font-weight: 600; margin-top: -0.5rem; }
     .lead { max-width: 46rem; }
     .say { font-size: 1.15rem; line-height: 1.6; max-width: 46rem; }
     section { margin: 2rem 0; }
     .years { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
     .years a { min-height: 48px; min-width: 5rem; }
     .years a[aria-current='page'] { background: var(--k-primary); color: #fff; }
     .periods { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.6rem; max-width: 56rem; }
     .period { display: flex; flex-direction: column; gap: 0.15rem; padding: 0.7rem 1rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); }
     .period .name { font-weight: 700; }
     .period .status { font-weight: 600; }
     .period.met { border-color: var(--k-ok); } .period.met .status { color: var(--k-ok); }
     .period.missed { border-color: var(--k-bad); background: #fdf3f3; } .period.missed .status { color: var(--k-bad); }
     .links { line-height: 1.9; font-size: 1.05rem; max-width: 50rem; }
     .links li { margin-bottom: 0.35rem; }
     .recs { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.6rem; max-width: 50rem; }
     .recs li { display: flex; flex-direction: column; gap: 0.25rem; padding: 0.8rem 1rem; }
     .recs .title { font-weight: 600; font-size: 1.05rem; }
     .progress { font-weight: 600; }
     .progress.OVERDUE, .bad { color: var(--k-bad); }
     .progress.ANSWERED_ON_TIME, .ok { color: var(--k-ok); }
     .tally { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; font-size: 1.1rem; font-weight: 600; }
     .basis { font-size: 0.95rem; }
     @media print { .years { display: none; } }`,
  ],
})
export class ActivityPage {
  readonly slug = input.required<string>();
  readonly year = input<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  constructor() {
    this.i18n.register(ACTIVITY_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      if (!this.data.hasValue()) return null;
      const { council, publicCouncilActivity: a } = this.data.value();
      return [i.t('act.title', { year: a.year }), i.text(council?.name)];
    });
  }

  readonly councilBase = computed(() => `/${this.i18n.locale()}/councils/${this.slug()}`);
  readonly councilLink = computed(() => [this.councilBase()]);

  readonly data = rxResource({
    params: () => {
      const y = Number(this.year());
      return { slug: this.slug(), lang: this.i18n.locale(), ...(Number.isSafeInteger(y) && y >= 2000 && y <= 2100 ? { year: y } : {}) };
    },
    stream: ({ params }) => this.api.query(Pub.PublicCouncilActivityDocument, { slug: params.slug, ...('year' in params ? { year: params.year } : {}) }),
  });

  readonly notFound = computed(() => {
    const e = this.data.error();
    const missing = e instanceof PublicApiError && e.code === 'NOT_FOUND';
    if (missing && this.response) this.response.status = 404;
    return missing;
  });

  readonly civilRule = computed(() => (this.data.hasValue() ? this.data.value().composition?.evaluation.find((r) => r.code === 'composition.civilSocietyShare') : undefined));

  /** The years to switch to: those with a record, and the year shown. */
  yearsOf(a: Activity): number[] {
    return [...new Set([...a.years, a.year])].sort((x, y) => y - x);
  }

  /** RecommendationProgress as the GraphQL enum names it (ANSWERED_ON_TIME) → the words' key (answeredOnTime). */
  progressKey(p: string): string {
    return p.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  }
}
