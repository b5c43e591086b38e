import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { ChangeDetectionStrategy, Component, PLATFORM_ID, afterNextRender, effect, inject, input, signal, Injector } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationStart, Router, RouterLink, RouterOutlet } from '@angular/router';
import { COMMON_MESSAGES, I18n, LanguageSwitchComponent, TranslatePipe, UI_LOCALES, isUiLocale, type UiLocale } from '@kenes/ui';
import { PORTAL_MESSAGES } from './messages';
import { publicOrigin } from './public-origin';

/** Header, language switch and footer around every page of one language. */
@Component({
  selector: 'k-shell',
  imports: [RouterOutlet, RouterLink, LanguageSwitchComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="k-skip" [attr.href]="skipHref()" (click)="skipToMain($event)">{{ 'ui.skipToContent' | t }}</a>
    <header class="top">
      <div class="k-container bar">
        <a class="brand" [routerLink]="['/', i18n.locale()]">
          <img src="favicon.svg" alt="" width="40" height="40" />
          <span>{{ 'portal.brand' | t }}</span>
        </a>
        <form class="find" role="search" [attr.aria-label]="'portal.searchRecord' | t" method="get" [attr.action]="'/' + i18n.locale() + '/search'" (submit)="search($event)">
          <label class="k-visually-hidden" for="top-search">{{ 'portal.searchRecord' | t }}</label>
          <input id="top-search" type="search" name="q" [attr.placeholder]="'portal.searchPlaceholder' | t" autocomplete="off" maxlength="200" />
          <button class="k-button" type="submit">{{ 'portal.searchButton' | t }}</button>
        </form>
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
     .find { display: flex; gap: 0.4rem; flex: 1 1 16rem; min-width: 0; max-width: 28rem; }
     .find input { flex: 1; width: 0; min-width: 0; min-height: 48px; font: inherit; padding: 0.4rem 0.75rem; border: 2px solid var(--k-muted); border-radius: var(--k-radius); background: var(--k-surface); color: var(--k-ink); }
     .find .k-button { padding-inline: 1rem; }
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
  /** PUBLIC_URL when configured, else the request's origin (public-origin.ts). */
  private readonly origin = publicOrigin();
  /**
   * The page's own address with #main: with <base href="/"> a bare "#main" would resolve to
   * "/#main" and leave the page (before hydration too, so it cannot rely on the click handler).
   */
  readonly skipHref = signal('#main');

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
    this.router.events.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e instanceof NavigationStart) this.rememberScroll(e);
      else if (e instanceof NavigationEnd) {
        this.updateAlternates();
        this.scrollAfter(e);
      }
    });
  }

  private readonly injector = inject(Injector);
  private readonly inBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  /**
   * Scroll position of each page left, by its address, to restore on back and forward (the
   * first page's history entry carries no navigation id, so ids cannot be the key).
   */
  private readonly positions = new Map<string, [number, number]>();
  private popstate = false;
  private first = true;

  /**
   * What the router's in-memory scrolling did, kept out of the first download (ADR 0012):
   * a new page starts at the top (or at its #fragment), back and forward return to where the
   * reader was.
   */
  private rememberScroll(e: NavigationStart): void {
    if (!this.inBrowser) return;
    const w = this.document.defaultView;
    if (w) this.positions.set(this.router.url, [w.scrollX, w.scrollY]);
    this.popstate = e.navigationTrigger === 'popstate';
  }

  private scrollAfter(e: NavigationEnd): void {
    const first = this.first;
    this.first = false;
    if (!this.inBrowser || first) return; // the first page is where the browser put it
    const restore = this.popstate ? this.positions.get(e.urlAfterRedirects) : undefined;
    const fragment = /#(.+)$/.exec(e.urlAfterRedirects)?.[1];
    afterNextRender(
      () => {
        const w = this.document.defaultView;
        if (!w) return;
        if (restore) this.restore(w, restore, Date.now() + 2000);
        else if (fragment) this.document.getElementById(decodeURIComponent(fragment))?.scrollIntoView();
        else w.scrollTo(0, 0);
      },
      { injector: this.injector },
    );
  }

  /** The page's data arrives after it is shown: try again each frame until it is tall enough (2 s at most). */
  private restore(w: Window, [x, y]: [number, number], until: number): void {
    w.scrollTo(x, y);
    if (w.scrollY < y - 1 && Date.now() < until) w.requestAnimationFrame(() => this.restore(w, [x, y], until));
  }

  /** Moves focus (not just the scroll position) to the main content, for keyboard and screen-reader users. */
  skipToMain(event: MouseEvent): void {
    const main = this.document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  /** The header's search box; before the script has loaded it is a plain GET form. */
  search(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = new FormData(form).get('q');
    const q = typeof value === 'string' ? value.trim() : '';
    void this.router.navigate(['/', this.i18n.locale(), 'search'], { queryParams: { q: q || null } });
    form.reset();
  }

  switchTo(lang: UiLocale): void {
    const rest = this.router.url.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, '');
    void this.router.navigateByUrl(`/${lang}${rest}`);
  }

  /**
   * The canonical address of the page and hreflang links so search engines and readers find
   * the other languages of the page: absolute addresses (as search engines require) on the
   * public origin, for kk, ru and en, and x-default for the address that picks the language
   * itself (`/` chooses by Accept-Language; any other page defaults to Kazakh).
   */
  private updateAlternates(): void {
    const head = this.document.head;
    head.querySelectorAll('link[rel="alternate"][hreflang], link[rel="canonical"]').forEach((l) => l.remove());
    const here = this.router.url.replace(/#.*$/, '');
    this.skipHref.set(`${here}#main`);
    const rest = here.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, '');
    const add = (rel: string, href: string, hreflang?: string) => {
      const link = this.document.createElement('link');
      link.rel = rel;
      if (hreflang) link.hreflang = hreflang;
      link.href = `${this.origin}${href}`;
      head.appendChild(link);
    };
    add('canonical', here);
    for (const l of UI_LOCALES) add('alternate', `/${l}${rest}`, l);
    add('alternate', rest === '' ? '/' : `/kk${rest}`, 'x-default');
  }
}
