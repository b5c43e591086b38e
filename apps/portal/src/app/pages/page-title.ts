import { effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { I18n, type Dictionary } from '@kenes/ui';

/** Words only a page's title needs (the others are the pages' headings). */
const TITLE_MESSAGES: Dictionary = {
  'title.home': { kk: 'Қазақстанның қоғамдық кеңестері', ru: 'Общественные советы Казахстана', en: 'Public councils of Kazakhstan' },
  'title.search': { kk: 'Іздеу: «{q}»', ru: 'Поиск: «{q}»', en: 'Search: “{q}”' },
};

/**
 * The page's <title> (the tab, history, bookmarks, the first thing a screen reader says), kept in
 * step with the page's data and language: the parts are joined with a dash, most specific first
 * ("Meeting No. 1 — Kokshetau city council"); null while there is nothing to name yet. Called by
 * the lazy pages, never by the shell (ADR 0012).
 */
export function pageTitle(parts: (i18n: I18n) => ReadonlyArray<string | null | undefined> | null): void {
  const i18n = inject(I18n);
  const title = inject(Title);
  i18n.register(TITLE_MESSAGES);
  effect(() => {
    const named = (parts(i18n) ?? []).filter((p): p is string => !!p);
    title.setTitle(named.length ? `${named.join(' — ')} · Kenes` : 'Kenes');
  });
}
