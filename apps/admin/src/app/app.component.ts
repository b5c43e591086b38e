import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { COMMON_MESSAGES, I18n, LanguageSwitchComponent, TranslatePipe, isUiLocale, type UiLocale } from '@kenes/ui';
import { ADMIN_MESSAGES } from './messages';

const STORAGE_KEY = 'kenes.lang';

@Component({
  selector: 'k-admin-root',
  imports: [RouterOutlet, LanguageSwitchComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="k-skip" href="#main">{{ 'ui.skipToContent' | t }}</a>
    <header class="top">
      <div class="k-container bar">
        <span class="brand"><img src="favicon.svg" alt="" width="40" height="40" />{{ 'admin.brand' | t }}</span>
        <k-language-switch (choose)="setLocale($event)" />
      </div>
    </header>
    <main id="main" class="k-container" tabindex="-1"><router-outlet /></main>
  `,
  styles: [
    `.top { background: var(--k-surface); border-bottom: 1px solid var(--k-border); }
     .bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; padding-block: 0.75rem; }
     .brand { display: flex; align-items: center; gap: 0.6rem; font-weight: 700; font-size: 1.15rem; min-height: 48px; }
     main { display: block; padding-block: 1.5rem 3rem; } main:focus { outline: none; }`,
  ],
})
export class AdminAppComponent {
  readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  constructor() {
    this.i18n.register(COMMON_MESSAGES);
    this.i18n.register(ADMIN_MESSAGES);
    const saved = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
    const browser = this.document.defaultView?.navigator.language.slice(0, 2);
    this.i18n.locale.set(isUiLocale(saved) ? saved : isUiLocale(browser) ? browser : 'kk');
    effect(() => {
      this.document.documentElement.lang = this.i18n.locale();
    });
  }

  setLocale(locale: UiLocale): void {
    this.i18n.locale.set(locale);
    this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    // The API answers errors in the same language.
    this.document.cookie = `lang=${locale}; path=/; SameSite=Lax; max-age=31536000`;
  }
}
