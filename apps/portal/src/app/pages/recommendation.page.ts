import { ChangeDetectionStrategy, Component, DestroyRef, PLATFORM_ID, RESPONSE_INIT, computed, inject, input, signal } from '@angular/core';
import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { pageTitle } from './page-title';
import { CommitmentDisputeComponent } from './commitment-dispute.component';
import { FollowFormComponent } from './follow-form.component';
import { KazakhstanTimePipe, kazakhstanTime } from './kz-time.pipe';
import { DUE_ARROW, ISO_DATE, obligationStatus, readableTrail, type StatusPart } from './obligation-status';
import { RECOMMENDATION_MESSAGES } from './recommendations.messages';

type Recommendation = Pub.PublicRecommendationQuery['publicRecommendation'];
type Obligation = Recommendation['obligations'][number];
type Commitment = Obligation['commitments'][number];

/**
 * A recommendation as the public sees it, at the address the e-mails link to: the text and its
 * points, then for each addressee (lead first) the status in words, the clock and how it was
 * computed, the dated trail, the signed answer per point and the commitments with their reports;
 * a citizen may dispute a commitment marked done.
 */
@Component({
  selector: 'k-recommendation-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe, CommitmentDisputeComponent, FollowFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="k-noprint"><a [routerLink]="['/', i18n.locale(), 'councils', slug()]">← {{ 'rec.backToCouncil' | t }}</a></p>
    @if (rec(); as r) {
      <p class="council"><a [routerLink]="['/', i18n.locale(), 'councils', r.councilSlug]"><k-text [value]="r.councilName" /></a></p>
      <h1>{{ 'rec.title' | t: { n: r.number } }}: <k-text [value]="r.title" /></h1>
      <p class="k-muted adopted">
        {{ 'rec.adoptedAt' | t: { date: date(r.adoptedOn), m: r.meetingNumber } }} ·
        <a [routerLink]="['/', i18n.locale(), 'councils', r.councilSlug, 'meetings', r.meetingNumber]">{{ 'rec.meetingLink' | t }}</a>
      </p>

      <section class="k-card" aria-labelledby="text-title">
        <h2 id="text-title">{{ 'rec.text' | t }}</h2>
        <p class="text">{{ r.text }}</p>
        @if (r.points.length) {
          <h3>{{ 'rec.points' | t }}</h3>
          <ol class="points" data-points>
            @for (p of r.points; track p.id) { <li [attr.value]="p.number">{{ p.text }}</li> }
          </ol>
        }
      </section>

      <section aria-labelledby="addressees-title">
        <h2 id="addressees-title">{{ 'rec.addressees' | t }}</h2>
        @for (o of r.obligations; track o.id) {
          <article class="k-card obligation" [attr.data-obligation]="o.body.id" [attr.aria-labelledby]="'body-' + o.id">
            <h3 [id]="'body-' + o.id">
              <a [routerLink]="['/', i18n.locale(), 'bodies', o.body.id]" [attr.title]="'rec.bodyFigures' | t"><k-text [value]="o.body.name" /></a>
              <span class="k-badge role" [class.lead]="o.lead">{{ (o.lead ? 'rec.lead' : 'rec.contributing') | t }}</span>
            </h3>
            @let st = status(o);
            <p class="status" [class]="'status tone-' + st.tone" data-status>
              <strong>{{ 'status.label' | t }}:</strong> {{ say(st.parts) }}
            </p>

            <h4>{{ 'clock.title' | t }}</h4>
            <p data-due>{{ 'clock.due' | t: { due: date(o.due) } }}</p>
            @if (o.dueExplanation.length) {
              <details class="how" data-explanation>
                <summary>{{ 'clock.how' | t }}</summary>
                <ol>
                  @for (step of o.dueExplanation; track $index) { <li>{{ step }}</li> }
                </ol>
              </details>
            }

            <h4>{{ 'trail.title' | t }}</h4>
            <ol class="trail" data-trail>
              @for (s of readableTrail(o.trail); track $index) {
                <li [attr.data-step]="s.type">
                  <time [attr.datetime]="s.date">{{ date(s.date) }}</time>
                  <span class="what">{{ words(s.text) }}@if (s.actorName && s.actorName !== 'Kenes') {<span class="k-muted"> · {{ 'trail.by' | t: { who: s.actorName } }}</span>}</span>
                  @if (s.grounds) { <span class="grounds">{{ 'trail.grounds' | t: { g: s.grounds } }}</span> }
                </li>
              }
            </ol>

            <h4>{{ 'answer.title' | t }}</h4>
            @for (a of o.answers; track a.id) {
              <table class="answer" data-answer>
                <caption>
                  @if (o.answers.length > 1) { {{ 'answer.version' | t: { n: a.version } }} · }
                  @if (a.signedByName) { {{ 'answer.signed' | t: { name: a.signedByName, date: a.signedAt ? (a.signedAt | kzTime: i18n.locale() : false) : '' } }} }
                </caption>
                <thead>
                  <tr><th scope="col">{{ 'answer.colPoint' | t }}</th><th scope="col">{{ 'answer.colVerdict' | t }}</th></tr>
                </thead>
                <tbody>
                  @for (p of a.points; track p.pointNumber) {
                    <tr [attr.data-point]="p.pointNumber">
                      <th scope="row"><span class="num">{{ 'answer.point' | t: { n: p.pointNumber } }}.</span> {{ pointText(r, p.pointNumber) }}</th>
                      <td>
                        <strong [class]="'verdict v-' + p.verdict">{{ 'verdict.' + p.verdict | t }}</strong>
                        @if (p.scope) { <p>{{ 'answer.scope' | t: { s: p.scope } }}</p> }
                        @if (p.reasons) { <p>{{ 'answer.reasons' | t: { r: p.reasons } }}</p> }
                        @if (p.studyUntil) { <p>{{ 'answer.studyUntil' | t: { date: date(p.studyUntil) } }}</p> }
                        @if (p.commitmentOwner && p.commitmentDue) { <p class="k-muted">{{ 'answer.commitment' | t: { owner: p.commitmentOwner, date: date(p.commitmentDue) } }}</p> }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
              @if (a.summary) { <p class="summary">{{ a.summary }}</p> }
            } @empty {
              <p class="k-muted">{{ 'answer.none' | t }}</p>
            }

            @if (o.commitments.length) {
              <h4>{{ 'commit.title' | t }}</h4>
              <ul class="commitments">
                @for (c of o.commitments; track c.id) {
                  <li class="commitment" [attr.data-commitment]="c.id">
                    <p class="c-title"><span class="k-muted">{{ 'commit.point' | t: { n: c.pointNumber } }}:</span> {{ c.title }}</p>
                    <p [class]="'c-state tone-' + commitmentTone(c)" data-commitment-state>{{ commitmentState(c) }}</p>
                    <p class="k-muted">{{ 'commit.owner' | t: { owner: c.owner } }}</p>
                    @if (c.updates.length) {
                      <ol class="updates" [attr.aria-label]="'commit.history' | t">
                        @for (u of c.updates; track $index) {
                          <li [attr.data-update]="u.kind">
                            <time [attr.datetime]="u.createdAt">{{ u.createdAt | kzTime: i18n.locale() : false }}</time>
                            <strong>{{ 'update.' + u.kind | t }}</strong> · {{ u.authorName }}
                            <span class="u-text">{{ u.text }}</span>
                            @if (u.evidence.length) {
                              <span class="evidence">{{ 'commit.evidence' | t }}:
                                @for (e of u.evidence; track $index) { <a [href]="e.url" rel="noopener nofollow">{{ e.fileName || e.url }}</a>@if (!$last) {, } }
                              </span>
                            }
                          </li>
                        }
                      </ol>
                    } @else {
                      <p class="k-muted">{{ 'commit.noUpdates' | t }}</p>
                    }
                    @if (disputed().has(c.id)) {
                      <p class="thanks" role="status">{{ 'dispute.thanks' | t }}</p>
                    } @else if (c.state === 'DONE') {
                      <k-commitment-dispute [commitmentId]="c.id" (disputed)="onDisputed(c.id)" />
                    }
                  </li>
                }
              </ul>
            }
          </article>
        }
      </section>

      <section class="k-card" aria-labelledby="follow-recommendation-title">
        <k-follow-form kind="RECOMMENDATION" [level]="2" [councilSlug]="r.councilSlug" [recommendationNumber]="r.number" />
      </section>
    } @else if (notFound()) {
      <h1>{{ 'portal.notFound' | t }}</h1>
      <p>{{ 'rec.notFound' | t }}</p>
    } @else if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.council { margin: 0 0 0.25rem; font-weight: 600; }
     .adopted { margin-top: -0.25rem; }
     .text { white-space: pre-line; font-size: 1.05rem; }
     .points { padding-inline-start: 1.75rem; margin: 0; }
     .points li { margin: 0.3rem 0; }
     .obligation { margin: 1rem 0 1.5rem; }
     .obligation h3 { font-size: 1.25rem; margin: 0.2rem 0 0.6rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.6rem; }
     .obligation h4 { font-size: 1.05rem; margin: 1.1rem 0 0.35rem; }
     .role.lead { background: var(--k-primary); color: var(--k-on-primary); }
     .status { margin: 0; padding: 0.6rem 0.9rem; border-inline-start: 6px solid var(--k-muted); background: #f1f3f5; border-radius: 0 var(--k-radius) var(--k-radius) 0; font-size: 1.05rem; }
     .status.tone-ok { border-color: var(--k-ok); background: #ecf5ee; }
     .status.tone-late { border-color: var(--k-warn); background: #fff6e5; }
     .status.tone-bad { border-color: var(--k-bad); background: #fbeff0; }
     .c-state.tone-ok { color: var(--k-ok); } .c-state.tone-bad { color: var(--k-bad); }
     .k-card > h2:first-child { margin-top: 0.25rem; }
     .how summary { cursor: pointer; color: var(--k-primary); font-weight: 600; min-height: var(--k-target); display: flex; align-items: center; }
     .how ol { margin: 0.25rem 0 0.5rem; padding-inline-start: 1.5rem; }
     .trail { list-style: none; margin: 0; padding: 0 0 0 0.4rem; border-inline-start: 3px solid var(--k-border); }
     .trail li { position: relative; padding: 0.15rem 0 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0 0.75rem; }
     .trail li::before { content: ''; position: absolute; left: -0.6rem; top: 0.55rem; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: var(--k-surface); border: 3px solid var(--k-primary); }
     .trail time { font-weight: 600; min-width: 10.5rem; }
     .trail .grounds { flex-basis: 100%; color: var(--k-muted); }
     table { width: 100%; border-collapse: collapse; background: var(--k-surface); margin: 0.25rem 0 0.5rem; }
     caption { text-align: left; color: var(--k-muted); padding: 0.2rem 0; }
     th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--k-border); }
     thead th { color: var(--k-muted); font-weight: 400; font-size: 0.95rem; }
     tbody th { font-weight: 400; width: 55%; }
     .num { font-weight: 600; }
     td p { margin: 0.2rem 0 0; }
     .v-ACCEPTED { color: var(--k-ok); } .v-REJECTED { color: var(--k-bad); } .v-PARTLY_ACCEPTED, .v-NEEDS_STUDY { color: var(--k-warn); }
     .summary { white-space: pre-line; }
     .commitments { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.75rem; }
     .commitment { border: 1px solid var(--k-border); border-radius: var(--k-radius); padding: 0.6rem 0.9rem; }
     .commitment p { margin: 0.15rem 0; }
     .c-title { font-weight: 600; }
     .c-state { font-weight: 600; }
     .updates { list-style: none; padding: 0; margin: 0.4rem 0 0; display: flex; flex-direction: column; gap: 0.35rem; font-size: 0.95rem; }
     .updates time { color: var(--k-muted); margin-inline-end: 0.5rem; }
     .u-text, .evidence { display: block; overflow-wrap: anywhere; }
     .thanks { color: var(--k-ok); font-weight: 600; border-inline-start: 4px solid var(--k-ok); padding-inline-start: 0.75rem; }
     @media (max-width: 40rem) {
       .trail time { min-width: 0; }
       .answer thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
       .answer tr, .answer th, .answer td { display: block; width: auto; }
       .answer tbody th { border-bottom: none; padding-bottom: 0.1rem; }
       .answer td { padding-top: 0; overflow-wrap: anywhere; }
     }
     @media print { .obligation { break-inside: avoid-page; } .status { background: none; } }`,
  ],
})
export class RecommendationPage {
  readonly slug = input.required<string>();
  readonly number = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  /** Commitments this visitor disputed: the thanks stays once the reloaded page shows them reopened. */
  readonly disputed = signal<ReadonlySet<string>>(new Set());

  constructor() {
    this.i18n.register(RECOMMENDATION_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      const r = this.rec();
      return r ? [i.t('rec.title', { n: r.number }), i.text(r.councilName)] : null;
    });
    if (isPlatformBrowser(inject(PLATFORM_ID))) this.openExplanationsWhenPrinting();
  }

  readonly data = rxResource({
    params: () => ({ slug: this.slug(), number: Number(this.number()), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicRecommendationDocument, { slug: params.slug, number: Number.isSafeInteger(params.number) ? params.number : 0 }),
  });

  readonly rec = computed<Recommendation | null>(() => (this.data.hasValue() ? this.data.value().publicRecommendation : null));

  readonly notFound = computed(() => {
    const e = this.data.error();
    const missing = e instanceof PublicApiError && e.code === 'NOT_FOUND';
    if (missing && this.response) this.response.status = 404;
    return missing;
  });

  readonly status = obligationStatus;
  readonly readableTrail = readableTrail;

  /** The status sentences, with their dates written out. */
  say(parts: readonly StatusPart[]): string {
    return parts
      .map((part) => this.i18n.t(part.key, Object.fromEntries(Object.entries(part.params).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? this.date(v) : v]))))
      .join(' ');
  }

  /** A legal date (YYYY-MM-DD) in words. */
  date(iso: string): string {
    return kazakhstanTime(iso, this.i18n.locale(), false);
  }

  /** API text with its dates written out: the trail's "→ 2026-12-28" is the new due date. */
  words(text: string): string {
    return text.replace(DUE_ARROW, (_, d: string) => ` · ${this.i18n.t('clock.due', { due: this.date(d) })}`).replace(ISO_DATE, (d) => this.date(d));
  }

  pointText(r: Recommendation, n: number): string {
    return r.points.find((p) => p.number === n)?.text ?? '';
  }

  commitmentTone(c: Commitment): 'ok' | 'bad' | 'wait' {
    return c.state === 'DONE' ? 'ok' : c.overdue ? 'bad' : 'wait';
  }

  commitmentState(c: Commitment): string {
    if (c.state === 'DONE') return this.i18n.t('commit.done', { date: c.doneOn ? this.date(c.doneOn) : '' });
    if (c.overdue) return this.i18n.t('commit.overdue', { due: this.date(c.due) });
    return this.i18n.t(c.state === 'DISPUTED' ? 'commit.disputed' : 'commit.open', { due: this.date(c.due) });
  }

  onDisputed(id: string): void {
    this.disputed.update((s) => new Set([...s, id]));
    this.data.reload();
  }

  /** A printed page carries the explanations of the due dates too. */
  private openExplanationsWhenPrinting(): void {
    const doc = inject(DOCUMENT);
    const open = () => doc.querySelectorAll<HTMLDetailsElement>('details.how').forEach((d) => (d.open = true));
    doc.defaultView?.addEventListener('beforeprint', open);
    inject(DestroyRef).onDestroy(() => doc.defaultView?.removeEventListener('beforeprint', open));
  }
}
