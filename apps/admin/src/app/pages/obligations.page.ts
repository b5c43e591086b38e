import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { OBLIGATION_MESSAGES } from '../obligations/obligation.messages';
import { toUiError } from '../graphql-errors';
import { ANSWERABLE, daysLeftText, legalDate } from '../obligations/obligation-format';

/** The body's inbox: what it owes, overdue first, then by due date (the API's order). */
@Component({
  selector: 'k-obligations-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'obl.inboxTitle' | t }}</h1>
    <p class="lead">{{ 'obl.inboxLead' | t }}</p>
    @let r = result();
    @if (!r) {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    } @else if (r.error) {
      <p class="k-alert" role="alert">{{ r.error }}</p>
    } @else {
      <ul class="k-list inbox">
        @for (e of r.items; track e.obligationId) {
          <li class="k-card entry" [class.late]="e.overdue" [attr.data-obligation]="e.recommendationNumber" [attr.data-overdue]="e.overdue">
            <p class="council k-muted"><k-text [value]="e.councilName" /> · <k-text [value]="e.body.name" /></p>
            <h2><a [routerLink]="['/obligations', e.obligationId]">{{ 'obl.recNumber' | t: { n: e.recommendationNumber } }}: <k-text [value]="e.title" /></a></h2>
            @if (waiting(e.state)) {
              <p class="due">
                {{ 'obl.dueOn' | t: { date: date(e.due) } }} —
                <strong [class.bad]="e.overdue" data-days-left>{{ left(e.workingDaysLeft, e.overdue) }}</strong>
              </p>
            }
            <p class="k-muted">{{ 'obl.state.' + e.state | t }}@if (e.hasDraft) { · {{ 'obl.hasDraft' | t }} }</p>
            <a class="k-button go" [routerLink]="['/obligations', e.obligationId]">{{ (waiting(e.state) ? 'obl.open' : 'obl.view') | t }}</a>
          </li>
        } @empty {
          <li class="k-muted" data-empty>{{ 'obl.inboxNone' | t }}</li>
        }
      </ul>
    }
  `,
  styles: [
    `.lead { max-width: 48rem; font-size: 1.1rem; }
     .entry { display: flex; flex-direction: column; gap: 0.4rem; max-width: 52rem; align-items: flex-start; }
     .entry.late { border: 3px solid var(--k-bad); }
     .entry p { margin: 0; }
     .entry h2 { margin: 0; font-size: 1.25rem; }
     .entry h2 a { display: inline-block; padding-block: 0.3rem; }
     .due { font-size: 1.1rem; }
     .bad { color: var(--k-bad); }
     .go { min-height: 52px; margin-top: 0.35rem; }`,
  ],
})
export class ObligationsPage {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly result = toSignal(
    this.apollo.query({ query: Admin.ObligationInboxDocument, fetchPolicy: 'no-cache' }).pipe(
      map((r) => ({ items: r.data?.obligationInbox ?? [], error: null as string | null })),
      catchError((e: unknown) => of({ items: [] as Admin.ObligationInboxQuery['obligationInbox'], error: toUiError(e, String(e)).message })),
    ),
  );

  constructor() {
    this.i18n.register(OBLIGATION_MESSAGES);
  }

  date(iso: string): string {
    return legalDate(iso);
  }

  /** Answered and closed obligations stay for their commitments, without a clock to show. */
  waiting(state: Admin.ObligationState): boolean {
    return ANSWERABLE.includes(state);
  }

  left(days: number, overdue: boolean): string {
    return daysLeftText(this.i18n, days, overdue);
  }
}
