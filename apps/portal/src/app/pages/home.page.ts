import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { byJurisdiction, groupCouncils, pageNumbers } from './council-index';
import { submittedFields } from './get-form';
import { INDEX_MESSAGES } from './index.messages';
import { pageTitle } from './page-title';

const LEVELS: Pub.CouncilLevel[] = ['REPUBLICAN', 'LOCAL', 'QUASI_PUBLIC'];
const PAGE_SIZE = 50;
const CODE = /^[A-Za-z0-9-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The national index of councils: under headings by jurisdiction and host state body, in the
 * API's index order, 50 to a page. Filters and the page number live in the URL (shareable,
 * rendered on the server); the filter form is a plain GET form and the pages are plain links,
 * so both work before the page's script has loaded.
 */
@Component({
  selector: 'k-home-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.councils' | t }}</h1>
    <p class="lead">{{ 'portal.about' | t }}</p>

    <form
      class="filters k-card"
      role="search"
      [attr.aria-label]="'portal.search' | t"
      method="get"
      [attr.action]="'/' + i18n.locale()"
      (submit)="submit($event)"
    >
      <label class="field">
        <span>{{ 'index.name' | t }}</span>
        <input type="search" name="q" [value]="q() ?? ''" [attr.placeholder]="'index.nameHint' | t" maxlength="100" />
      </label>
      <label class="field">
        <span>{{ 'portal.jurisdiction' | t }}</span>
        <select name="jurisdiction">
          <option value="">{{ 'index.allJurisdictions' | t }}</option>
          @if (index.hasValue()) {
            @for (j of index.value().councilJurisdictions; track j.code) {
              <option [value]="j.code" [attr.selected]="j.code === jurisdiction() ? '' : null">{{ indent(j.depth) }}{{ i18n.text(j.name) }} ({{ j.councils }})</option>
            }
          }
        </select>
      </label>
      <label class="field">
        <span>{{ 'index.body' | t }}</span>
        <select name="body">
          <option value="">{{ 'index.allBodies' | t }}</option>
          @for (g of bodyOptions(); track g.code) {
            <optgroup [attr.label]="i18n.text(g.name)">
              @for (b of g.entries; track b.id) {
                <option [value]="b.id" [attr.selected]="b.id === body() ? '' : null">{{ i18n.text(b.name) }} ({{ b.councils }})</option>
              }
            </optgroup>
          }
        </select>
      </label>
      <label class="field">
        <span>{{ 'portal.level' | t }}</span>
        <select name="level">
          <option value="">{{ 'portal.allLevels' | t }}</option>
          @for (l of levels; track l) {
            <option [value]="l" [attr.selected]="l === level() ? '' : null">{{ 'level.' + l.toLowerCase() | t }}</option>
          }
        </select>
      </label>
      <div class="actions">
        <button class="k-button" type="submit">{{ 'index.show' | t }}</button>
        @if (filtered()) {
          <a class="k-button secondary" [routerLink]="['/', i18n.locale()]">{{ 'index.showAll' | t }}</a>
        }
      </div>
    </form>

    @if (index.error()) {
      <p role="alert">{{ 'ui.error' | t }} <button class="k-button secondary" type="button" (click)="index.reload()">{{ 'ui.retry' | t }}</button></p>
    } @else if (view(); as v) {
      <p class="count" aria-live="polite">
        {{ 'index.count' | t: { n: v.total } }}@if (v.lastPage > 1) {<span class="k-muted"> · {{ 'index.pageOf' | t: { n: page(), total: v.lastPage } }}</span>}
      </p>
      @for (place of v.groups; track place.code) {
        <section class="place" [attr.aria-labelledby]="'place-' + place.code">
          <h2 [id]="'place-' + place.code">
            <k-text [value]="place.name" />@if (place.continued) {<span class="k-muted cont"> ({{ 'index.continued' | t }})</span>}
          </h2>
          <ul class="k-grid bodies">
            @for (b of place.bodies; track b.id) {
              <li class="k-card body" [class.wide]="b.councils.length > 3">
                <h3><k-text [value]="b.name" />@if (b.continued) {<span class="cont"> ({{ 'index.continued' | t }})</span>}</h3>
                <ul class="councils">
                  @for (c of b.councils; track c.slug) {
                    <li><a [routerLink]="['/', i18n.locale(), 'councils', c.slug]"><k-text [value]="c.name" /></a></li>
                  }
                </ul>
              </li>
            }
          </ul>
        </section>
      } @empty {
        @if (v.total > 0) {
          <p>{{ 'index.noSuchPage' | t }} <a [routerLink]="[]" [queryParams]="{ page: null }" queryParamsHandling="merge">{{ 'index.firstPage' | t }}</a></p>
        } @else {
          <p>{{ 'index.none' | t }}</p>
        }
      }
      @if (v.lastPage > 1) {
        <nav class="pager" [attr.aria-label]="'index.pages' | t">
          @if (page() > 1 && page() <= v.lastPage) {
            <a class="k-button secondary step" rel="prev" [routerLink]="[]" [queryParams]="{ page: page() - 1 > 1 ? page() - 1 : null }" queryParamsHandling="merge">{{
              'index.previous' | t
            }}</a>
          }
          <ul class="numbers">
            @for (n of v.numbers; track $index) {
              <li>
                @if (n === null) {
                  <span class="gap" aria-hidden="true">…</span>
                } @else {
                  <a
                    class="number"
                    [routerLink]="[]"
                    [queryParams]="{ page: n > 1 ? n : null }"
                    queryParamsHandling="merge"
                    [attr.aria-current]="n === page() ? 'page' : null"
                    [attr.aria-label]="'index.page' | t: { n }"
                    >{{ n }}</a
                  >
                }
              </li>
            }
          </ul>
          @if (page() < v.lastPage) {
            <a class="k-button secondary step" rel="next" [routerLink]="[]" [queryParams]="{ page: page() + 1 }" queryParamsHandling="merge">{{ 'index.next' | t }}</a>
          }
        </nav>
      }
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.lead { max-width: 48rem; font-size: 1.05rem; }
     .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.75rem 1rem; align-items: end; margin: 1.5rem 0; }
     .field { display: flex; flex-direction: column; gap: 0.3rem; font-weight: 600; min-width: 0; }
     .field input, .field select { min-height: 48px; width: 100%; font: inherit; font-weight: 400; padding: 0.4rem 0.75rem; border: 2px solid var(--k-muted); border-radius: var(--k-radius); background: var(--k-surface); color: var(--k-ink); }
     .actions { display: flex; gap: 0.75rem; flex-wrap: wrap; }
     .count { font-weight: 600; }
     .place h2 { margin-top: 1.75rem; }
     .cont { font-weight: 400; font-size: 0.9em; }
     .bodies { margin: 0; }
     .body { display: flex; flex-direction: column; gap: 0.25rem; padding-block: 0.75rem; }
     .body h3 { margin: 0; font-size: 0.95rem; font-weight: 600; color: var(--k-muted); line-height: 1.35; }
     .councils { list-style: none; margin: 0; padding: 0; }
     .wide { grid-column: 1 / -1; }
     .wide .councils { columns: 17rem; column-gap: 2rem; }
     .wide .councils li { break-inside: avoid; }
     .councils a { display: flex; align-items: center; min-height: 48px; font-size: 1.1rem; font-weight: 700; }
     .pager { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-top: 2rem; }
     .numbers { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; margin: 0; padding: 0; }
     .number { display: inline-flex; align-items: center; justify-content: center; min-width: 48px; min-height: 48px; border: 2px solid var(--k-primary); border-radius: var(--k-radius); font-weight: 600; text-decoration: none; background: var(--k-surface); }
     .number[aria-current='page'] { background: var(--k-primary); color: var(--k-on-primary); }
     .gap { display: inline-flex; align-items: center; min-height: 48px; padding-inline: 0.25rem; }`,
  ],
})
export class HomePage {
  readonly q = input<string>();
  readonly levelParam = input<string>(undefined, { alias: 'level' });
  readonly jurisdictionParam = input<string>(undefined, { alias: 'jurisdiction' });
  readonly bodyParam = input<string>(undefined, { alias: 'body' });
  readonly pageParam = input<string>(undefined, { alias: 'page' });
  readonly i18n = inject(I18n);
  readonly levels = LEVELS;
  private readonly api = inject(PublicApi);
  private readonly router = inject(Router);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  constructor() {
    this.i18n.register(INDEX_MESSAGES);
    pageTitle((i) => [this.page() > 1 ? i.t('index.page', { n: this.page() }) : null, i.t('title.home')]);
  }

  // What the URL asks for, with anything malformed left out (a shared link never breaks the page).
  readonly level = computed(() => (LEVELS as Array<string | undefined>).includes(this.levelParam()) ? (this.levelParam() as Pub.CouncilLevel) : undefined);
  readonly jurisdiction = computed(() => (CODE.test(this.jurisdictionParam() ?? '') ? this.jurisdictionParam() : undefined));
  readonly body = computed(() => (UUID.test(this.bodyParam() ?? '') ? this.bodyParam() : undefined));
  readonly page = computed(() => Math.max(1, Math.floor(Number(this.pageParam() ?? 1)) || 1));
  readonly filtered = computed(() => !!(this.q()?.trim() || this.level() || this.jurisdiction() || this.body()));

  /**
   * One request for the page and its filters. After page 1 it starts one council earlier, to
   * know whether the first heading continues from the previous page.
   */
  private readonly variables = computed<Pub.PublicCouncilIndexQueryVariables>(() => {
    const q = this.q()?.trim();
    const level = this.level();
    const jurisdiction = this.jurisdiction();
    const body = this.body();
    const behind = this.page() > 1 ? 1 : 0;
    // Filters that are not set are left out: the API refuses explicit nulls.
    return {
      filter: {
        ...(q ? { search: q.slice(0, 100) } : {}),
        ...(level ? { level } : {}),
        ...(jurisdiction ? { jurisdictionCode: jurisdiction } : {}),
        ...(body ? { bodyId: body } : {}),
      },
      page: { offset: (this.page() - 1) * PAGE_SIZE - behind, limit: PAGE_SIZE + behind },
      ...(jurisdiction ? { jurisdiction } : {}),
    };
  });

  readonly index = rxResource({
    params: () => this.variables(),
    stream: ({ params }) => this.api.query(Pub.PublicCouncilIndexDocument, params),
  });

  readonly view = computed(() => {
    if (!this.index.hasValue()) return null;
    const { councils } = this.index.value();
    const [before, ...rest] = councils.items;
    const items = this.page() > 1 ? rest : councils.items;
    const lastPage = Math.max(1, Math.ceil(councils.total / PAGE_SIZE));
    // A page past the end is not a page: search engines and link checkers are told so.
    if (this.page() > lastPage && this.response) this.response.status = 404;
    return {
      total: councils.total,
      lastPage,
      groups: groupCouncils(items, this.page() > 1 ? before : undefined),
      numbers: pageNumbers(Math.min(this.page(), lastPage), lastPage),
    };
  });

  /** The host bodies under a heading per jurisdiction, for the body select. */
  readonly bodyOptions = computed(() => byJurisdiction(this.index.hasValue() ? this.index.value().councilHostBodies : []));

  /** Places under an oblast are indented in the list of jurisdictions. */
  indent(depth: number): string {
    return '\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth - 1));
  }

  submit(event: SubmitEvent): void {
    const value = submittedFields(event);
    const jurisdiction = value('jurisdiction');
    // The body list belongs to the jurisdiction shown: a new jurisdiction starts with all its bodies.
    const body = jurisdiction === (this.jurisdiction() ?? null) ? value('body') : null;
    void this.router.navigate(['/', this.i18n.locale()], { queryParams: { q: value('q'), jurisdiction, body, level: value('level') } });
  }
}
