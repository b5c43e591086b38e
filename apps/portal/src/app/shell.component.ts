import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { COMMON_MESSAGES, I18n, LanguageSwitchComponent, TranslatePipe, UI_LOCALES, isUiLocale, type UiLocale } from '@kenes/ui';
import { PORTAL_MESSAGES } from './messages';

/** Header, language switch and footer around every page of one language. */
@Component({
  selector: 'k-shell',
  imports: [RouterOutlet, RouterLink, LanguageSwitchComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="k-skip" href="#main">{{ 'ui.skipToContent' | t }}</a>
    <header class="top">
      <div class="k-container bar">
        <a class="brand" [routerLink]="['/', i18n.locale()]">
          <img src="favicon.svg" alt="" width="40" height="40" />
          <span>{{ 'portal.brand' | t }}</span>
        </a>
        <k-language-switch (choose)="switchTo($event)" />
      </div>
    </header>
    <main id="main" class="k-container" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="k-container foot k-muted">{{ 'portal.footer' | t }}</footer>
  `,
  styles: [
    `.top { background: var(--k-surface); border-bottom: 1px solid var(--k-border); }
     .bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; padding-block: 0.75rem; }
     .brand { display: flex; align-items: center; gap: 0.6rem; font-weight: 700; font-size: 1.15rem; color: var(--k-ink); text-decoration: none; min-height: 48px; }
     main { padding-block: 1.5rem 3rem; display: block; }
     main:focus { outline: none; }
     .foot { padding-block: 1.5rem; border-top: 1px solid var(--k-border); }`,
  ],
})
export class ShellComponent {
  readonly lang = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  constructor() {
    this.i18n.register(COMMON_MESSAGES);
    this.i18n.register(PORTAL_MESSAGES);
    effect(() => {
      const lang = this.lang();
      if (isUiLocale(lang)) {
        this.i18n.locale.set(lang);
        this.document.documentElement.lang = lang;
        this.updateAlternates();
      }
    });
  }

  switchTo(lang: UiLocale): void {
    const rest = this.router.url.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, '');
    void this.router.navigateByUrl(`/${lang}${rest}`);
  }

  /** hreflang links so search engines and readers find the other languages of the page. */
  private updateAlternates(): void {
    const head = this.document.head;
    head.querySelectorAll('link[rel="alternate"][hreflang]').forEach((l) => l.remove());
    const rest = this.router.url.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, '');
    for (const l of UI_LOCALES) {
      const link = this.document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = l;
      link.href = `/${l}${rest}`;
      head.appendChild(link);
    }
  }
}
