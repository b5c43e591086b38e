import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../graphql-errors';

@Component({
  selector: 'k-forgot-password-page',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card k-narrow">
      <h1>{{ 'auth.forgotTitle' | t }}</h1>
      @if (sent()) {
        <p class="k-success" role="status">{{ 'auth.linkSent' | t }}</p>
      } @else {
        <p>{{ 'auth.forgotLead' | t }}</p>
        <form class="k-form" (ngSubmit)="submit()" novalidate>
          @if (error(); as e) {
            <p class="k-alert" role="alert">{{ e }}</p>
          }
          <label class="k-field">
            <span>{{ 'auth.email' | t }}</span>
            <input name="email" type="email" autocomplete="email" required [(ngModel)]="email" />
          </label>
          <button class="k-button" type="submit" [disabled]="busy()">{{ 'auth.sendLink' | t }}</button>
        </form>
      }
      <p><a routerLink="/sign-in">{{ 'auth.backToSignIn' | t }}</a></p>
    </section>
  `,
})
export class ForgotPasswordPage {
  email = '';
  readonly sent = signal(false);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.RequestPasswordResetDocument, variables: { email: this.email.trim() } }));
      this.sent.set(true);
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.t('ui.error')).message);
    } finally {
      this.busy.set(false);
    }
  }
}
