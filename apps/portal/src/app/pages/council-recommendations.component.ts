import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { RECOMMENDATION_MESSAGES } from './recommendations.messages';

/** The council page's recommendations, newest first, each with who has answered and who is late. */
@Component({
  selector: 'k-council-recommendations',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="recommendations-title" data-recommendations>
      <h2 id="recommendations-title">{{ 'rec.section' | t }}</h2>
      <p class="k-muted">{{ 'rec.sectionIntro' | t }}</p>
      @if (list.hasValue()) {
        <ul class="recs">
          @for (r of list.value().publicRecommendations; track r.id) {
            <li class="k-card" [attr.data-recommendation]="r.number">
              <a class="title" [routerLink]="['/', i18n.locale(), 'councils', slug(), 'recommendations', r.number]">{{ 'rec.title' | t: { n: r.number } }}: <k-text [value]="r.title" /></a>
              <span class="k-muted">{{ 'rec.adoptedOn' | t: { date: r.adoptedOn | kzTime: i18n.locale() : false } }}</span>
              <span>{{ 'rec.answeredOf' | t: { answered: r.answered, total: r.obligations } }}@if (r.overdue) {<strong class="late"> · {{ 'rec.overdueCount' | t: { n: r.overdue } }}</strong>}</span>
            </li>
          } @empty {
            <li class="k-muted">{{ 'rec.none' | t }}</li>
          }
        </ul>
      } @else if (list.error()) {
        <p role="alert">{{ 'ui.error' | t }}</p>
      }
    </section>
  `,
  styles: [
    `.recs { list-style: none; padding: 0; margin: 0.5rem 0 1rem; display: flex; flex-direction: column; gap: 0.6rem; }
     .recs li { display: flex; flex-direction: column; gap: 0.1rem; padding: 0.75rem 1rem; }
     .title { font-weight: 600; font-size: 1.05rem; }
     .late { color: var(--k-bad); }`,
  ],
})
export class CouncilRecommendationsComponent {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);

  constructor() {
    this.i18n.register(RECOMMENDATION_MESSAGES);
  }

  readonly list = rxResource({
    params: () => ({ slug: this.slug() }),
    stream: ({ params }) => this.api.query(Pub.PublicRecommendationsDocument, params),
  });
}
