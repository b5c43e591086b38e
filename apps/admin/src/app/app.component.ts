import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { COMMON_MESSAGES, I18n, LanguageSwitchComponent, TranslatePipe, isUiLocale, type UiLocale } from '@kenes/ui';
import { AuthState } from './auth.service';
import { ADMIN_MESSAGES } from './messages';

const STORAGE_KEY = 'kenes.lang';

@Component({
  selector: 'k-admin-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="k-skip" href="#main">{{ 'ui.skipToContent' | t }}</a>
    <header class="top">
      <div class="k-container bar">
        <a class="brand" routerLink="/"><img src="favicon.svg" alt="" width="40" height="40" />{{ 'admin.brand' | t }}</a>
        <k-language-switch (choose)="setLocale($event)" />
      </div>
      @if (auth.user(); as user) {
        <nav class="k-container nav" [attr.aria-label]="'admin.brand' | t">
          <a routerLink="/" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{ 'nav.home' | t }}</a>
          <a routerLink="/councils" routerLinkActive="active">{{ 'nav.councils' | t }}</a>
          @if (auth.can('obligation.respond')) {
            <a routerLink="/obligations" routerLinkActive="active">{{ 'obl.nav' | t }}</a>
          }
          @if (auth.can('user.manage')) {
            <a routerLink="/people" routerLinkActive="active">{{ 'nav.people' | t }}</a>
          }
          <a routerLink="/sessions" routerLinkActive="active">{{ 'nav.sessions' | t }}</a>
          <span class="who">{{ user.displayName }}</span>
          <button type="button" class="k-button secondary" (click)="signOut()">{{ 'nav.signOut' | t }}</button>
        </nav>
      }
    </header>
    <main id="main" class="k-container" tabindex="-1"><router-outlet /></main>
  `,
  styles: [
    `.top { background: var(--k-surface); border-bottom: 1px solid var(--k-border); }
     .bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; padding-block: 0.75rem; }
     .brand { display: flex; align-items: center; gap: 0.6rem; font-weight: 700; font-size: 1.15rem; min-height: 48px; color: var(--k-ink); text-decoration: none; }
     .nav { display: flex; align-items: center; gap: 0.25rem 1.25rem; flex-wrap: wrap; padding-block: 0.25rem 0.75rem; }
     .nav a { display: inline-flex; align-items: center; min-height: 48px; font-weight: 600; text-decoration: none; border-bottom: 3px solid transparent; }
     .nav a.active { border-bottom-color: var(--k-primary); color: var(--k-ink); }
     .who { margin-inline-start: auto; color: var(--k-muted); }
     main { display: block; padding-block: 1.5rem 3rem; } main:focus { outline: none; }`,
  ],
})
export class AdminAppComponent {
  readonly i18n = inject(I18n);
  readonly auth = inject(AuthState);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  constructor() {
    this.i18n.register(COMMON_MESSAGES);
    this.i18n.register(ADMIN_MESSAGES);
    const saved = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
    const browser = this.document.defaultView?.navigator.language.slice(0, 2);
    this.setLocale(isUiLocale(saved) ? saved : isUiLocale(browser) ? browser : 'kk', false);
    effect(() => {
      this.document.documentElement.lang = this.i18n.locale();
    });
  }

  setLocale(locale: UiLocale, remember = true): void {
    this.i18n.locale.set(locale);
    if (remember) this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    // The API answers (errors included) in the same language.
    this.document.cookie = `lang=${locale}; path=/; SameSite=Lax; max-age=31536000`;
  }

  async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigate(['/sign-in']);
  }
}
