import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import * as Admin from '@kenes/client/graphql/admin';
import { RouterLink } from '@angular/router';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { AuthState } from '../auth.service';
import { catchError, map, of } from 'rxjs';

/** Every council the caller may see, with its publication state. */
@Component({
  selector: 'k-councils-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.councils' | t }}</h1>
    @if (auth.can('registry.manage')) {
      <p><a class="k-button" routerLink="/councils/new">{{ 'setup.title' | t }}</a></p>
    }
    @let r = result();
    @if (!r || r.loading) {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    } @else if (r.error) {
      <p class="k-card" role="alert">{{ r.error }}</p>
    } @else if (r.data) {
      <p class="k-muted">{{ 'council.count' | t: { n: r.data.total } }}</p>
      <table class="k-table">
        <thead>
          <tr><th scope="col">{{ 'admin.name' | t }}</th><th scope="col">{{ 'admin.area' | t }}</th><th scope="col">{{ 'admin.status' | t }}</th></tr>
        </thead>
        <tbody>
          @for (c of r.data.items; track c.id) {
            <tr>
              <td>
                <a [routerLink]="['/councils', c.id, 'composition']"><k-text [value]="c.name" /></a>
                <div class="k-muted">{{ 'level.' + c.level.toLowerCase() | t }} · <a [routerLink]="['/councils', c.id, 'competitions']">{{ 'cmp.title' | t }}</a> · <a [routerLink]="['/councils', c.id, 'meetings']">{{ 'mtg.link' | t }}</a> · <a [routerLink]="['/councils', c.id, 'recommendations']">{{ 'rec.title' | t }}</a></div>
              </td>
              <td><k-text [value]="c.jurisdiction.name" /></td>
              <td>
                <span class="k-badge">{{ (c.publishedAt ? 'admin.published' : 'admin.draft') | t }}</span>
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class CouncilsPage {
  readonly i18n = inject(I18n);
  readonly auth = inject(AuthState);
  private readonly apollo = inject(Apollo);

  readonly result = toSignal(
    this.apollo.query({ query: Admin.AdminCouncilsDocument, variables: { page: { offset: 0, limit: 100 } } }).pipe(
      map((r) => ({ loading: false, data: r.data?.councils ?? null, error: null as string | null, code: null as string | null })),
      catchError((e: unknown) => {
        const errors = (e as { errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }> }).errors;
        const code = errors?.[0]?.extensions?.code;
        return of({ loading: false, data: null, error: errors?.[0]?.message ?? String(e), code: typeof code === 'string' ? code : null });
      }),
    ),
  );
}
