import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { toUiError } from '../graphql-errors';

/** Two fields and one big button. Errors come from the API already in the user's language. */
@Component({
  selector: 'k-sign-in-page',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card k-narrow">
      <h1>{{ 'auth.signInTitle' | t }}</h1>
      <form class="k-form" (ngSubmit)="submit()" novalidate>
        @if (error(); as e) {
          <p class="k-alert" role="alert">{{ e }}</p>
        }
        <label class="k-field">
          <span>{{ 'auth.email' | t }}</span>
          <input name="email" type="email" autocomplete="username" required [(ngModel)]="email" />
        </label>
        <label class="k-field">
          <span>{{ 'auth.password' | t }}</span>
          <input name="password" type="password" autocomplete="current-password" required [(ngModel)]="password" />
        </label>
        <div class="k-actions">
          <button class="k-button" type="submit" [disabled]="busy()">{{ 'auth.signIn' | t }}</button>
          <a routerLink="/forgot-password">{{ 'auth.forgot' | t }}</a>
        </div>
      </form>
    </section>
  `,
})
export class SignInPage {
  readonly next = input<string>();
  email = '';
  password = '';
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.SignInDocument, variables: { input: { email: this.email, password: this.password } } }));
      if (r.data) this.auth.signedIn(r.data.signIn);
      const next = this.next();
      await this.router.navigateByUrl(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')).message);
      this.password = '';
    } finally {
      this.busy.set(false);
    }
  }
}
