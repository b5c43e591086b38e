import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth.service';
import { toUiError } from '../graphql-errors';

/** Accepting an invitation and resetting a password are the same screen: choose a password. */
@Component({
  selector: 'k-set-password-page',
  imports: [FormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card k-narrow">
      <h1>{{ (invitation() ? 'auth.invitationTitle' : 'auth.resetTitle') | t }}</h1>
      @if (done()) {
        <p class="k-success" role="status">{{ 'auth.passwordChanged' | t }}</p>
        <p><a class="k-button" routerLink="/sign-in">{{ 'auth.signIn' | t }}</a></p>
      } @else {
        @if (invitation()) {
          <p>{{ 'auth.invitationLead' | t }}</p>
        }
        <form class="k-form" (ngSubmit)="submit()" novalidate>
          @if (error(); as e) {
            <p class="k-alert" role="alert">{{ e }}</p>
          }
          @if (invitation()) {
            <label class="k-field">
              <span>{{ 'auth.yourName' | t }}</span>
              <input name="displayName" autocomplete="name" [(ngModel)]="displayName" />
            </label>
          }
          <div class="k-field">
            <label for="new-password">{{ 'auth.password' | t }}</label>
            <span class="hint" id="pw-hint">{{ 'auth.passwordHint' | t }}</span>
            <input id="new-password" name="password" type="password" autocomplete="new-password" aria-describedby="pw-hint" required [(ngModel)]="password" [attr.aria-invalid]="fieldError() ? 'true' : null" />
            @if (fieldError(); as fe) {
              <span class="field-error" role="alert">{{ fe }}</span>
            }
          </div>
          <label class="k-field">
            <span>{{ 'auth.passwordAgain' | t }}</span>
            <input name="password2" type="password" autocomplete="new-password" required [(ngModel)]="password2" />
          </label>
          <button class="k-button" type="submit" [disabled]="busy()">{{ (invitation() ? 'auth.signIn' : 'auth.save') | t }}</button>
        </form>
      }
    </section>
  `,
})
export class SetPasswordPage {
  readonly token = input<string>('');
  readonly mode = input<'reset' | 'invitation'>('reset');
  readonly invitation = computed(() => this.mode() === 'invitation');
  displayName = '';
  password = '';
  password2 = '';
  readonly busy = signal(false);
  readonly done = signal(false);
  readonly error = signal<string | null>(null);
  readonly fieldError = signal<string | null>(null);
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  async submit(): Promise<void> {
    this.error.set(null);
    this.fieldError.set(null);
    if (this.password !== this.password2) {
      this.fieldError.set(this.i18n.t('auth.passwordsDiffer'));
      return;
    }
    this.busy.set(true);
    const input = { token: this.token(), password: this.password, ...(this.displayName.trim() ? { displayName: this.displayName.trim() } : {}) };
    try {
      if (this.invitation()) {
        const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.AcceptInvitationDocument, variables: { input } }));
        if (r.data) this.auth.signedIn(r.data.acceptInvitation);
        await this.router.navigateByUrl('/');
      } else {
        await firstValueFrom(this.apollo.mutate({ mutation: Admin.ResetPasswordDocument, variables: { input } }));
        this.done.set(true);
      }
    } catch (e) {
      const ui = toUiError(e, this.i18n.t('ui.error'));
      if (ui.fields['password']) this.fieldError.set(ui.fields['password']);
      else this.error.set(ui.message);
    } finally {
      this.busy.set(false);
    }
  }
}
