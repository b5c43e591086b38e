import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { pageTitle } from './page-title';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { MINUTES_MESSAGES } from './minutes.messages';
import { minutesLines } from './minutes-format';

/**
 * Published minutes as an official document: the version in force, who signed it and when,
 * the PDF and the print version; then every earlier published version with the reason for
 * its correction and the lines that changed.
 */
@Component({
  selector: 'k-minutes-page',
  imports: [RouterLink, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="k-noprint"><a [routerLink]="['/', i18n.locale(), 'councils', slug(), 'meetings', number()]">← {{ 'min.backToMeeting' | t }}</a></p>
    @if (minutes(); as m) {
      <h1>{{ 'min.title' | t: { n: m.meetingNumber } }}</h1>
      @if (current(); as c) {
        <p class="in-force" data-in-force>{{ 'min.inForce' | t: { v: c.version, date: (publishedOn(c) | kzTime: i18n.locale() : false) } }}</p>
      }
      <p class="files k-noprint">
        <a class="k-button" [href]="m.pdfUrl + '?lang=' + i18n.locale()" data-pdf>{{ 'min.pdf' | t }}</a>
        <a class="k-button secondary" [href]="m.htmlUrl + '?lang=' + i18n.locale()" data-print>{{ 'min.print' | t }}</a>
      </p>

      <article class="doc" data-document>
        @for (l of lines(); track $index) {
          <p [class]="l.kind">{{ l.text }}</p>
        }
      </article>

      <section class="k-card" aria-labelledby="sig-title" data-signatures>
        <h2 id="sig-title">{{ 'min.signatures' | t }}</h2>
        <ul class="sigs">
          @for (s of m.signatures; track s.role + s.version) {
            <li><strong>{{ 'min.role.' + s.role | t }}: {{ s.signerName }}</strong> — {{ 'min.signed' | t: { date: (s.signedAt | kzTime: i18n.locale()), v: s.version } }}</li>
          }
        </ul>
      </section>

      @if (m.versions.length > 1) {
        <section aria-labelledby="hist-title" data-history>
          <h2 id="hist-title">{{ 'min.history' | t }}</h2>
          <p class="k-muted">{{ 'min.historyLead' | t }}</p>
          <ol class="versions" reversed>
            @for (v of newestFirst(); track v.version) {
              <li class="k-card" [attr.data-version]="v.version">
                <h3>{{ 'min.version' | t: { v: v.version, date: (publishedOn(v) | kzTime: i18n.locale() : false) } }}</h3>
                @if (v.reason && v.version !== minutes()?.versions?.[0]?.version) {
                  <p class="reason">{{ 'min.reason' | t: { r: v.reason } }}</p>
                } @else {
                  <p class="k-muted">{{ 'min.first' | t }}</p>
                }
                @if (v.diff.length) {
                  <div class="diff" data-diff>
                    @for (d of v.diff; track $index) {
                      @if (d.op === 'added') {
                        <ins><span class="k-visually-hidden">{{ 'min.added' | t }}: </span>+ {{ d.text }}</ins>
                      } @else if (d.op === 'removed') {
                        <del><span class="k-visually-hidden">{{ 'min.removed' | t }}: </span>− {{ d.text }}</del>
                      } @else {
                        <span class="same">{{ d.text }}</span>
                      }
                    }
                  </div>
                }
                @if (v.version !== current()?.version) {
                  <details class="k-noprint">
                    <summary>{{ 'min.showText' | t }}</summary>
                    <div class="doc small">
                      @for (l of v.text; track $index) {
                        <p>{{ l }}</p>
                      }
                    </div>
                  </details>
                }
              </li>
            }
          </ol>
        </section>
      }
    } @else if (notFound()) {
      <h1>{{ 'min.title' | t: { n: number() } }}</h1>
      <p class="k-card">{{ 'min.notPublished' | t }}</p>
    } @else if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.in-force { font-weight: 600; font-size: 1.05rem; }
     .files { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0 1.5rem; }
     .doc { font-family: 'DejaVu Serif', Georgia, 'Times New Roman', serif; line-height: 1.55; background: #fff; color: #111; max-width: 48rem; padding: 2rem 2.5rem; border: 1px solid var(--k-border); box-shadow: 0 1px 4px rgba(0, 0, 0, 0.06); margin-bottom: 1.5rem; }
     .doc p { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
     .doc .title { font-weight: 700; text-align: center; margin-top: 1rem; }
     .doc .heading { font-weight: 700; margin-top: 1rem; }
     .doc.small { padding: 1rem 1.25rem; font-size: 0.95rem; box-shadow: none; }
     .sigs { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.4rem; }
     section { margin-bottom: 1.5rem; max-width: 48rem; }
     .versions { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 1rem; }
     .versions h3 { margin: 0 0 0.4rem; font-size: 1.1rem; }
     .reason { font-weight: 600; }
     .diff { display: flex; flex-direction: column; font-size: 0.95rem; margin: 0.5rem 0; }
     .diff > * { padding: 0.2rem 0.6rem; white-space: pre-wrap; overflow-wrap: anywhere; text-decoration: none; }
     .diff ins { background: #e3f3e7; color: #0d3d1c; }
     .diff del { background: #fbe7e8; color: #5c1015; text-decoration: line-through; }
     .diff .same { color: var(--k-muted); }
     details summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; font-weight: 600; }
     @media (max-width: 40rem) { .doc { padding: 1rem; } }
     @media print { .doc { border: none; box-shadow: none; padding: 0; } }`,
  ],
})
export class MinutesPage {
  readonly slug = input.required<string>();
  readonly number = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  constructor() {
    this.i18n.register(MINUTES_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      if (!this.data.hasValue()) return null;
      return [i.t('min.title', { n: this.number() }), i.text(this.data.value().council?.name)];
    });
  }

  readonly data = rxResource({
    params: () => ({ slug: this.slug(), number: Number(this.number()), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicMinutesDocument, { slug: params.slug, number: Number.isSafeInteger(params.number) ? params.number : 0 }),
  });

  readonly minutes = computed(() => (this.data.hasValue() ? this.data.value().publicMinutes : null));
  readonly current = computed(() => this.minutes()?.versions.at(-1) ?? null);
  readonly lines = computed(() => minutesLines(this.current()?.text ?? []));
  readonly newestFirst = computed(() => [...(this.minutes()?.versions ?? [])].reverse());

  /**
   * When a version was published: the first published version was written as a draft before the
   * minutes were approved and published, so its day is the publication's; each later version is a
   * published correction, published when it was made.
   */
  publishedOn(v: { version: number; createdAt: string }): string {
    const m = this.minutes();
    return m && v.version === m.versions[0]?.version ? m.publishedAt : v.createdAt;
  }

  readonly notFound = computed(() => {
    const e = this.data.error();
    const missing = e instanceof PublicApiError && e.code === 'NOT_FOUND';
    if (missing && this.response) this.response.status = 404;
    return missing;
  });
}
