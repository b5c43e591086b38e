import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { pageTitle } from './page-title';

const LEVELS: Pub.CouncilLevel[] = ['REPUBLICAN', 'LOCAL', 'QUASI_PUBLIC'];

/** The national index of councils, filterable; the filter lives in the URL so it can be shared. */
@Component({
  selector: 'k-home-page',
  imports: [RouterLink, FormsModule, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.councils' | t }}</h1>
    <p class="lead">{{ 'portal.about' | t }}</p>

    <form class="filters k-card" role="search" (submit)="$event.preventDefault(); apply(search.value, level.value)">
      <label class="field">
        <span>{{ 'portal.search' | t }}</span>
        <input #search type="search" name="q" [value]="q() ?? ''" [attr.placeholder]="'portal.searchHint' | t" />
      </label>
      <label class="field">
        <span>{{ 'portal.level' | t }}</span>
        <select #level name="level" [value]="levelParam() ?? ''" (change)="apply(search.value, level.value)">
          <option value="">{{ 'portal.allLevels' | t }}</option>
          @for (l of levels; track l) {
            <option [value]="l">{{ 'level.' + l.toLowerCase() | t }}</option>
          }
        </select>
      </label>
      <button class="k-button" type="submit">{{ 'portal.search' | t }}</button>
    </form>

    @if (councils.error()) {
      <p role="alert">{{ 'ui.error' | t }} <button class="k-button secondary" type="button" (click)="councils.reload()">{{ 'ui.retry' | t }}</button></p>
    } @else if (councils.hasValue()) {
      <p class="k-muted" aria-live="polite">{{ 'council.count' | t: { n: councils.value().councils.total } }}</p>
      <ul class="k-grid">
        @for (c of councils.value().councils.items; track c.slug) {
          <li class="k-card council">
            <a class="name" [routerLink]="['/', i18n.locale(), 'councils', c.slug]"><k-text [value]="c.name" /></a>
            <div class="meta">
              <span class="k-badge">{{ 'level.' + c.level.toLowerCase() | t }}</span>
              <span class="k-muted"><k-text [value]="c.jurisdiction.name" /></span>
            </div>
            <div class="k-muted host">{{ 'council.host' | t }}: <k-text [value]="c.hostBody.name" /></div>
          </li>
        } @empty {
          <li>{{ 'portal.noResults' | t }}</li>
        }
      </ul>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.lead { max-width: 48rem; font-size: 1.05rem; }
     .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1.5rem 0; }
     .field { display: flex; flex-direction: column; gap: 0.3rem; font-weight: 600; flex: 1 1 14rem; }
     .field input, .field select { min-height: 48px; font: inherit; font-weight: 400; padding: 0.4rem 0.75rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); }
     .council { display: flex; flex-direction: column; gap: 0.5rem; }
     .name { font-size: 1.15rem; font-weight: 700; }
     .meta { display: flex; gap: 0.6rem; flex-wrap: wrap; align-items: center; }
     .host { font-size: 0.95rem; }`,
  ],
})
export class HomePage {
  readonly q = input<string>();
  readonly levelParam = input<string>(undefined, { alias: 'level' });
  readonly i18n = inject(I18n);
  readonly levels = LEVELS;
  private readonly api = inject(PublicApi);
  private readonly router = inject(Router);

  constructor() {
    pageTitle((i) => [i.t('title.home')]);
  }

  private readonly filter = computed<Pub.CouncilFilter>(() => {
    const level = this.levelParam();
    return {
      ...(this.q() ? { search: this.q() } : {}),
      ...(level && (LEVELS as string[]).includes(level) ? { level: level as Pub.CouncilLevel } : {}),
    };
  });

  readonly councils = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.query(Pub.PublicCouncilsDocument, { filter: params, page: { offset: 0, limit: 100 } }),
  });

  apply(q: string, level: string): void {
    void this.router.navigate([], { queryParams: { q: q.trim() || null, level: level || null }, queryParamsHandling: 'merge' });
  }
}
