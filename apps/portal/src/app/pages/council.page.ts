import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';

/** One council's public page. */
@Component({
  selector: 'k-council-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/', i18n.locale()]">← {{ 'portal.backToIndex' | t }}</a></p>
    @if (council.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else if (council.hasValue()) {
      @if (council.value().council; as c) {
        <h1><k-text [value]="c.name" /></h1>
        <dl class="k-card facts">
          <dt>{{ 'portal.level' | t }}</dt>
          <dd>{{ 'level.' + c.level.toLowerCase() | t }}</dd>
          <dt>{{ 'portal.jurisdiction' | t }}</dt>
          <dd><k-text [value]="c.jurisdiction.name" /></dd>
          <dt>{{ 'council.host' | t }}</dt>
          <dd><k-text [value]="c.hostBody.name" /></dd>
        </dl>
      } @else {
        <h1>{{ 'portal.notFound' | t }}</h1>
        <p>{{ 'portal.councilNotFound' | t }}</p>
      }
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 1rem 0; }
     dt { font-weight: 600; } dd { margin: 0; }
     @media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }`,
  ],
})
export class CouncilPage {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);

  readonly council = rxResource({
    params: () => ({ slug: this.slug() }),
    stream: ({ params }) => this.api.query(Pub.PublicCouncilDocument, params),
  });
}
