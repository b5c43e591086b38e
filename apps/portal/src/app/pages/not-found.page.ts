import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RESPONSE_INIT } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n, TranslatePipe } from '@kenes/ui';
import { pageTitle } from './page-title';

@Component({
  selector: 'k-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'portal.notFound' | t }}</h1>
    <p><a [routerLink]="['/', i18n.locale()]">{{ 'portal.backToIndex' | t }}</a></p>`,
})
export class NotFoundPage {
  readonly i18n = inject(I18n);
  constructor() {
    const response = inject(RESPONSE_INIT, { optional: true });
    if (response) response.status = 404;
    pageTitle((i) => [i.t('portal.notFound')]);
  }
}
