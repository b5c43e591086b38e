import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { AuthState } from '../auth.service';
import { kzDateTime } from '../meetings/meeting-store';

/** "My work": who I am here, my roles and my councils, in plain words. */
@Component({
  selector: 'k-home-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.user(); as user) {
      <h1>{{ 'home.hello' | t: { name: user.displayName } }}</h1>
      @if (owed(); as o) {
        <section class="k-card owed" [class.late]="o.overdue > 0" data-owed>
          <h2>{{ 'obl.homeCard' | t: { n: o.total, m: o.overdue } }}</h2>
          <a class="k-button go" routerLink="/obligations">{{ 'obl.homeGo' | t }}</a>
        </section>
      }
      @if (nextMeeting(); as m) {
        <section class="k-card next" [class.now]="m.state === 'IN_SESSION'" data-next-meeting>
          <h2>{{ (m.state === 'IN_SESSION' ? 'mem.now' : 'mem.next') | t }}</h2>
          <p class="when">{{ 'mtg.number' | t: { n: m.number } }} · {{ when(m.startsAt) }}</p>
          <p><k-text [value]="m.council.name" />@if (m.place; as p) { · <k-text [value]="p" /> }</p>
          <a class="k-button go" [routerLink]="auth.can('meeting.manage') ? ['/meetings', m.id, 'console'] : ['/meetings', m.id, 'member']">{{ (auth.can('meeting.manage') ? 'mtg.console' : 'mem.go') | t }}</a>
        </section>
      }
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
            <li class="k-card">
              <k-text [value]="c.name" /> <span class="k-muted">· <k-text [value]="c.jurisdiction.name" /></span>
              @if (auth.can('meeting.manage') || auth.can('meeting.participate')) {
                · <a [routerLink]="['/councils', c.id, 'meetings']">{{ 'mtg.link' | t }}</a>
                · <a [routerLink]="['/councils', c.id, 'recommendations']">{{ 'rec.title' | t }}</a>
              }
            </li>
          } @empty {
            <li class="k-muted">{{ 'home.noCouncils' | t }}</li>
          }
        </ul>
      } @else {
        <p class="k-muted">{{ 'ui.loading' | t }}</p>
      }
    }
  `,
  styles: [
    `.next { border: 3px solid var(--k-primary); margin-bottom: 1.5rem; }
     .next.now { background: #f1f6fb; }
     .next h2 { margin-top: 0; }
     .when { font-size: 1.25rem; font-weight: 700; margin: 0; }
     .owed { border: 3px solid var(--k-primary); margin-bottom: 1.5rem; }
     .owed.late { border-color: var(--k-bad); }
     .owed h2 { margin-top: 0; }
     .go { min-height: 60px; font-size: 1.15rem; width: 100%; max-width: 24rem; }`,
  ],
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

  /** For state-body officers and heads: how many answers the body owes, and how many are late. */
  readonly owed = toSignal(
    this.auth.can('obligation.respond')
      ? this.apollo.query({ query: Admin.ObligationInboxDocument, fetchPolicy: 'no-cache' }).pipe(
          map((r) => {
            const list = r.data?.obligationInbox ?? [];
            return { total: list.length, overdue: list.filter((e) => e.overdue).length };
          }),
          catchError(() => of(null)),
        )
      : of(null),
  );

  /** A member's (or secretary's) meeting now in session, else the next one announced. */
  readonly nextMeeting = toSignal(
    toObservable(this.councils).pipe(
      switchMap((list) => {
        if (!list?.length || !(this.auth.can('meeting.participate') || this.auth.can('meeting.manage'))) return of([]);
        return forkJoin(
          list.slice(0, 10).map((c) =>
            this.apollo.query({ query: Admin.CouncilMeetingsDocument, variables: { councilId: c.id }, fetchPolicy: 'no-cache' }).pipe(
              map((r) => r.data?.meetings ?? []),
              catchError(() => of([])),
            ),
          ),
        ).pipe(map((lists) => lists.flat()));
      }),
      map((all) => {
        const live = all.find((m) => m.state === 'IN_SESSION');
        if (live) return live;
        return all.filter((m) => m.state === 'ANNOUNCED').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null;
      }),
    ),
  );

  when(iso: string): string {
    return kzDateTime(iso);
  }
}
