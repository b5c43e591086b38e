import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { OBLIGATION_MESSAGES } from '../obligations/obligation.messages';
import { toUiError } from '../graphql-errors';
import { legalDate } from '../obligations/obligation-format';

/** A council's recommendations, newest first, with how many addressees answered and how many are late. */
@Component({
  selector: 'k-recommendations-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/councils', id(), 'meetings']">← {{ 'mtg.title' | t }}</a></p>
    <h1>
      @if (council(); as c) {
        <k-text [value]="c.name" /> —
      }
      {{ 'rec.title' | t }}
    </h1>
    <p class="lead">{{ 'rec.lead' | t }}</p>
    @if (error(); as e) {
      <p class="k-alert" role="alert">{{ e }}</p>
    }
    @if (list(); as items) {
      <ul class="k-list">
        @for (r of items; track r.id) {
          <li class="k-card row" [class.late]="r.overdue > 0" [attr.data-recommendation]="r.number">
            <h2><a [routerLink]="['/councils', id(), 'recommendations', r.number]">{{ 'obl.recNumber' | t: { n: r.number } }}: <k-text [value]="r.title" /></a></h2>
            <p class="k-muted">{{ date(r.adoptedOn) }} · {{ 'rec.counts' | t: { n: r.obligations, a: r.answered } }}</p>
            @if (r.overdue > 0) {
              <p class="bad">{{ 'rec.overdueCount' | t: { n: r.overdue } }}</p>
            }
          </li>
        } @empty {
          <li class="k-muted" data-empty>{{ 'rec.none' | t }}</li>
        }
      </ul>
    } @else if (!error()) {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.lead { max-width: 48rem; font-size: 1.1rem; }
     .row { max-width: 52rem; display: flex; flex-direction: column; gap: 0.3rem; }
     .row.late { border: 3px solid var(--k-bad); }
     .row h2 { margin: 0; font-size: 1.2rem; }
     .row h2 a { display: inline-block; padding-block: 0.35rem; }
     .row p { margin: 0; }
     .bad { color: var(--k-bad); font-weight: 700; }`,
  ],
})
export class RecommendationsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);
  readonly council = signal<Admin.AdminCouncilsQuery['councils']['items'][number] | null>(null);
  readonly list = signal<Admin.CouncilRecommendationsQuery['recommendations'] | null>(null);
  readonly error = signal<string | null>(null);

  constructor() {
    this.i18n.register(OBLIGATION_MESSAGES);
  }

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const councils = await firstValueFrom(this.apollo.query({ query: Admin.AdminCouncilsDocument, variables: { page: { offset: 0, limit: 100 } } }));
      const council = councils.data?.councils.items.find((c) => c.id === this.id()) ?? null;
      this.council.set(council);
      if (!council) {
        this.list.set([]);
        return;
      }
      const r = await firstValueFrom(this.apollo.query({ query: Admin.CouncilRecommendationsDocument, variables: { slug: council.slug }, fetchPolicy: 'no-cache' }));
      this.list.set(r.data?.recommendations ?? []);
    } catch (e) {
      this.error.set(toUiError(e, String(e)).message);
    }
  }

  date(iso: string): string {
    return legalDate(iso);
  }
}
