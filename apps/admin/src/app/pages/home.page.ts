import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Admin } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { AuthState } from '../auth.service';

/** "My work": who I am here, my roles and my councils, in plain words. */
@Component({
  selector: 'k-home-page',
  imports: [LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.user(); as user) {
      <h1>{{ 'home.hello' | t: { name: user.displayName } }}</h1>
      <h2>{{ 'home.myRoles' | t }}</h2>
      <ul class="k-list">
        @for (g of user.grants; track g.id) {
          <li class="k-card">
            <strong>{{ 'role.' + g.role | t }}</strong>
            @if (councilName(g.scopeId); as name) {
              — <k-text [value]="name" />
            }
          </li>
        }
      </ul>
      <h2>{{ 'home.myCouncils' | t }}</h2>
      @if (councils(); as list) {
        <ul class="k-list">
          @for (c of list; track c.id) {
            <li class="k-card"><k-text [value]="c.name" /> <span class="k-muted">· <k-text [value]="c.jurisdiction.name" /></span></li>
          } @empty {
            <li class="k-muted">{{ 'home.noCouncils' | t }}</li>
          }
        </ul>
      } @else {
        <p class="k-muted">{{ 'ui.loading' | t }}</p>
      }
    }
  `,
})
export class HomePage {
  readonly auth = inject(AuthState);
  readonly i18n = inject(I18n);
  private readonly apollo = inject(Apollo);

  readonly councils = toSignal(
    this.apollo.query({ query: Admin.AdminCouncilsDocument, variables: { page: { offset: 0, limit: 100 } } }).pipe(
      map((r) => r.data?.councils.items ?? []),
      catchError(() => of([])),
    ),
  );
  private readonly byId = computed(() => new Map((this.councils() ?? []).map((c) => [c.id, c.name])));

  councilName(id: string | null): Admin.LocalizedText | undefined {
    return id ? this.byId().get(id) : undefined;
  }
}
