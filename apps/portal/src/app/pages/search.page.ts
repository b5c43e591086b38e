import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { of } from 'rxjs';
import { PublicApi, PublicApiError } from '../public-api.service';
import { byJurisdiction } from './council-index';
import { submittedFields } from './get-form';
import { pageTitle } from './page-title';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { SEARCH_MESSAGES } from './search.messages';

const KINDS: Pub.SearchKind[] = ['AGENDA_ITEM', 'DECISION', 'RECOMMENDATION'];
const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isKind(value: string | undefined): value is Pub.SearchKind {
  return (KINDS as Array<string | undefined>).includes(value);
}

/**
 * Search across the published record. The query lives in the URL (shareable, rendered on the
 * server); the form is a plain GET form, so it works before the page's script has loaded.
 * Snippets come as text parts with the matches flagged, drawn as <mark> (never as HTML).
 */
@Component({
  selector: 'k-search-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'search.title' | t }}</h1>
    <p class="lead">{{ 'search.lead' | t }}</p>

    <form
      class="k-card search"
      role="search"
      [attr.aria-label]="'search.title' | t"
      method="get"
      [attr.action]="'/' + i18n.locale() + '/search'"
      (submit)="submit($event)"
    >
      <label class="big" for="search-q">{{ 'search.query' | t }}</label>
      <p class="k-muted hint" id="search-q-hint">{{ 'search.queryHint' | t }}</p>
      <div class="row">
        <input
          id="search-q"
          type="search"
          name="q"
          [value]="q() ?? ''"
          aria-describedby="search-q-hint"
          autocomplete="off"
          maxlength="200"
        />
        <button class="k-button" type="submit">{{ 'search.submit' | t }}</button>
      </div>
      <fieldset class="filters">
        <legend>{{ 'search.filters' | t }}</legend>
        <label class="field">
          <span>{{ 'search.council' | t }}</span>
          <select name="council">
            <option value="">{{ 'search.allCouncils' | t }}</option>
            @for (g of councilGroups(); track g.code) {
              <optgroup [attr.label]="i18n.text(g.name)">
                @for (c of g.entries; track c.slug) {
                  <option [value]="c.slug" [attr.selected]="c.slug === council() ? '' : null">{{ i18n.text(c.name) }}</option>
                }
              </optgroup>
            }
          </select>
        </label>
        <label class="field">
          <span>{{ 'search.kind' | t }}</span>
          <select name="kind">
            <option value="">{{ 'search.allKinds' | t }}</option>
            @for (k of kinds; track k) {
              <option [value]="k" [attr.selected]="k === kind() ? '' : null">{{ 'search.kind.' + k | t }}</option>
            }
          </select>
        </label>
        <label class="field">
          <span>{{ 'search.from' | t }}</span>
          <input type="date" name="from" [value]="from() ?? ''" />
        </label>
        <label class="field">
          <span>{{ 'search.to' | t }}</span>
          <input type="date" name="to" [value]="to() ?? ''" />
        </label>
      </fieldset>
    </form>

    <section aria-labelledby="results-title" class="results">
      <h2 id="results-title" class="k-visually-hidden">{{ 'search.results' | t }}</h2>
      @if (!variables()) {
        <p class="k-muted">{{ 'search.empty' | t }}</p>
      } @else if (results.error()) {
        <p role="alert" class="problem">{{ errorText() }}</p>
      } @else if (results.hasValue() && results.value(); as r) {
        <p class="count" aria-live="polite">{{ 'search.count' | t: { n: r.searchRecord.total } }}</p>
        <ol class="hits" [attr.start]="offset() + 1">
          @for (h of r.searchRecord.hits; track h.id) {
            <li class="k-card hit">
              <p class="meta">
                <span class="k-badge">{{ 'search.kind.' + h.kind | t }}</span>
                <span><k-text [value]="h.councilName" /></span>
                <span class="k-muted">{{ h.date | kzTime: i18n.locale() : false }}</span>
              </p>
              <h3>
                <a [routerLink]="'/' + i18n.locale() + h.path">{{ h.title }}</a>
              </h3>
              @if (h.snippet.length) {
                <p class="snippet">
                  @for (part of h.snippet; track $index) {
                    @if (part.match) {
                      <mark>{{ part.text }}</mark>
                    } @else {
                      <ng-container>{{ part.text }}</ng-container>
                    }
                  }
                </p>
              }
            </li>
          } @empty {
            <li class="none">{{ 'search.none' | t }}</li>
          }
        </ol>
        @if (r.searchRecord.total > pageSize) {
          <nav class="pages" [attr.aria-label]="'search.pages' | t">
            @if (offset() > 0) {
              <a
                class="k-button secondary"
                [routerLink]="[]"
                [queryParams]="{ offset: offset() - pageSize || null }"
                queryParamsHandling="merge"
                >{{ 'search.previous' | t }}</a
              >
            }
            <span class="k-muted">{{
              'search.range' | t: { from: offset() + 1, to: offset() + r.searchRecord.hits.length, total: r.searchRecord.total }
            }}</span>
            @if (offset() + pageSize < r.searchRecord.total) {
              <a class="k-button secondary" [routerLink]="[]" [queryParams]="{ offset: offset() + pageSize }" queryParamsHandling="merge">{{
                'search.next' | t
              }}</a>
            }
          </nav>
        }
      } @else {
        <p class="k-muted">{{ 'ui.loading' | t }}</p>
      }
    </section>
  `,
  styles: [
    `
      .lead {
        max-width: 48rem;
      }
      .search {
        margin: 1rem 0 1.5rem;
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
      }
      .big {
        font-size: 1.25rem;
        font-weight: 700;
      }
      .hint {
        margin: 0;
        font-size: 0.95rem;
      }
      .row {
        display: flex;
        gap: 0.75rem;
        flex-wrap: wrap;
      }
      .row input {
        flex: 1 1 16rem;
        min-height: 56px;
        font: inherit;
        font-size: 1.2rem;
        padding: 0.5rem 0.9rem;
        border: 2px solid var(--k-muted);
        border-radius: var(--k-radius);
        background: var(--k-surface);
        color: var(--k-ink);
      }
      .row .k-button {
        min-height: 56px;
        padding-inline: 2rem;
      }
      .filters {
        border: 0;
        padding: 0;
        margin: 0.75rem 0 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0.75rem 1rem;
      }
      .filters legend {
        font-weight: 700;
        padding: 0;
        margin-bottom: 0.5rem;
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        font-weight: 600;
      }
      .field select,
      .field input {
        min-height: 48px;
        font: inherit;
        font-weight: 400;
        padding: 0.4rem 0.6rem;
        border: 2px solid var(--k-muted);
        border-radius: var(--k-radius);
        background: var(--k-surface);
        color: var(--k-ink);
      }
      .count {
        font-weight: 600;
      }
      .hits {
        list-style: none;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
      }
      .hit h3 {
        margin: 0.25rem 0;
        font-size: 1.15rem;
      }
      .meta {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.8rem;
        align-items: center;
        font-size: 0.95rem;
      }
      .snippet {
        margin: 0.25rem 0 0;
      }
      mark {
        background: #fff0a8;
        color: inherit;
        font-weight: 600;
        padding: 0 0.1em;
        border-radius: 2px;
      }
      .pages {
        display: flex;
        gap: 1rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .problem {
        color: var(--k-bad);
        font-weight: 600;
      }
    `,
  ],
})
export class SearchPage {
  readonly q = input<string>();
  readonly council = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly kind = input<string>();
  readonly offsetParam = input<string>(undefined, { alias: 'offset' });
  readonly i18n = inject(I18n);
  readonly kinds = KINDS;
  readonly pageSize = PAGE_SIZE;
  private readonly api = inject(PublicApi);
  private readonly router = inject(Router);

  constructor() {
    this.i18n.register(SEARCH_MESSAGES);
    pageTitle((i) => {
      const q = (this.q() ?? '').trim();
      return [q ? i.t('title.search', { q }) : i.t('search.title')];
    });
  }

  readonly offset = computed(() => Math.max(0, Math.floor(Number(this.offsetParam() ?? 0)) || 0));

  /** What to ask the API, or null while there is nothing to look for. */
  readonly variables = computed<Pub.PublicSearchQueryVariables | null>(() => {
    const query = (this.q() ?? '').trim();
    if (!query) return null;
    const kind = this.kind();
    const from = this.from();
    const to = this.to();
    const council = this.council();
    // Filters that are not set are left out: the API refuses explicit nulls.
    return {
      query,
      ...(council ? { councilSlug: council } : {}),
      ...(from && DATE.test(from) ? { from } : {}),
      ...(to && DATE.test(to) ? { to } : {}),
      ...(isKind(kind) ? { kinds: [kind] } : {}),
      offset: this.offset(),
      limit: PAGE_SIZE,
    };
  });

  readonly results = rxResource({
    params: () => ({ v: this.variables(), lang: this.i18n.locale() }),
    stream: ({ params }) => (params.v ? this.api.query(Pub.PublicSearchDocument, params.v) : of(null)),
  });

  /** Every published council, one statement however many there are, under a heading per jurisdiction. */
  readonly councils = rxResource({
    stream: () => this.api.query(Pub.PublicCouncilDirectoryDocument, {}),
  });

  readonly councilGroups = computed(() => byJurisdiction(this.councils.hasValue() ? this.councils.value().councilDirectory : []));

  /** The API's refusal (e.g. a query too long) as it words it, else the general message. */
  readonly errorText = computed(() => {
    const e = this.results.error();
    return e instanceof PublicApiError && e.code === 'BAD_USER_INPUT' ? e.message : this.i18n.t('ui.error');
  });

  submit(event: SubmitEvent): void {
    const value = submittedFields(event);
    void this.router.navigate(['/', this.i18n.locale(), 'search'], {
      queryParams: { q: value('q'), council: value('council'), kind: value('kind'), from: value('from'), to: value('to') },
    });
  }
}
