import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { pageTitle } from './page-title';
import { COMPETITION_MESSAGES } from './competitions.messages';

/** A council's published competitions: who was selected, who is on the reserve list, and why. */
@Component({
  selector: 'k-competitions-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/', i18n.locale(), 'councils', slug()]">← {{ 'portal.backToCouncil' | t }}</a></p>
    @if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else if (data.hasValue()) {
      @if (data.value().council; as council) {
        <h1>{{ 'portal.competitions' | t }}</h1>
        <p class="k-muted"><k-text [value]="council.name" /></p>
        @for (c of data.value().competitions ?? []; track c.id) {
          <article class="k-card competition" [attr.data-competition]="c.id">
            <h2><k-text [value]="c.callText" /></h2>
            <p class="k-muted">{{ 'portal.competitionFacts' | t: { from: c.opensOn, to: c.closesOn, seats: c.seats } }}</p>
            @if (c.criteria.length) {
              <p>{{ 'portal.criteria' | t }}:</p>
              <ul>@for (k of c.criteria; track $index) { <li><k-text [value]="k" /></li> }</ul>
            }
            <table class="results">
              <thead>
                <tr>
                  <th scope="col">{{ 'portal.rank' | t }}</th>
                  <th scope="col">{{ 'portal.candidate' | t }}</th>
                  <th scope="col">{{ 'portal.outcome' | t }}</th>
                  <th scope="col">{{ 'portal.reasons' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (r of c.results; track $index) {
                  <tr [class]="r.status.toLowerCase()">
                    <td>{{ r.rank ?? '—' }}</td>
                    <th scope="row">{{ r.fullName }}@if (r.nominatingOrgName) { <div class="k-muted org">{{ r.nominatingOrgName }}</div> }</th>
                    <td>
                      <strong>{{ 'outcome.' + r.status | t }}</strong>
                      @if (r.appointedFromReserve) { <div class="k-badge">{{ 'portal.appointedFromReserve' | t }}</div> }
                    </td>
                    <td>{{ r.reasons }}</td>
                  </tr>
                }
              </tbody>
            </table>
            @if (c.refusedCount) {
              <p class="k-muted">{{ 'portal.refusedCount' | t: { n: c.refusedCount } }}</p>
            }
          </article>
        } @empty {
          <p class="k-muted">{{ 'portal.noCompetitions' | t }}</p>
        }
      } @else {
        <h1>{{ 'portal.notFound' | t }}</h1>
        <p>{{ 'portal.councilNotFound' | t }}</p>
      }
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.competition { margin: 1.25rem 0; }
     .competition h2 { margin-top: 0.25rem; }
     .results { width: 100%; border-collapse: collapse; margin-top: 0.75rem; }
     .results th, .results td { text-align: left; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--k-border); vertical-align: top; }
     .results thead th { font-size: 0.95rem; color: var(--k-muted); }
     .results tbody th { font-weight: 600; }
     .selected td strong { color: var(--k-ok); }
     .org { font-weight: 400; font-size: 0.92rem; }
     @media (max-width: 40rem) { .results thead { display: none; } .results tr { display: grid; grid-template-columns: 3rem 1fr; } .results td:nth-child(3), .results td:nth-child(4) { grid-column: 2; } }`,
  ],
})
export class CompetitionsPage {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);

  constructor() {
    this.i18n.register(COMPETITION_MESSAGES);
    pageTitle((i) => {
      if (!this.data.hasValue()) return null;
      const c = this.data.value().council;
      return c ? [i.t('portal.competitions'), i.text(c.name)] : [i.t('portal.notFound')];
    });
  }

  readonly data = rxResource({
    params: () => ({ slug: this.slug(), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicCompetitionsDocument, { slug: params.slug }),
  });
}
