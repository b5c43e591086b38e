import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../graphql-errors';

@Component({
  selector: 'k-sessions-page',
  imports: [DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'sessions.title' | t }}</h1>
    @if (error(); as e) {
      <p class="k-alert" role="alert">{{ e }}</p>
    }
    <ul class="k-list">
      @for (s of sessions(); track s.id) {
        <li class="k-card row">
          <div>
            <strong>{{ s.current ? ('sessions.current' | t) : (s.userAgent ?? '—') }}</strong>
            <div class="k-muted">{{ 'sessions.lastSeen' | t }}: {{ s.lastSeenAt | date: 'dd.MM.yyyy HH:mm' }}</div>
          </div>
          @if (!s.current) {
            <button class="k-button secondary" type="button" (click)="end(s.id)">{{ 'sessions.end' | t }}</button>
          }
        </li>
      }
    </ul>
  `,
  styles: [`.row { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; }`],
})
export class SessionsPage {
  readonly sessions = signal<Admin.MySessionsQuery['mySessions']>([]);
  readonly error = signal<string | null>(null);
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    const r = await firstValueFrom(this.apollo.query({ query: Admin.MySessionsDocument, fetchPolicy: 'network-only' }));
    this.sessions.set(r.data?.mySessions ?? []);
  }

  async end(id: string): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.RevokeSessionDocument, variables: { id } }));
      await this.load();
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')).message);
    }
  }
}
