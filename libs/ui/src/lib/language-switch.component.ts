import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { I18n, LOCALE_NAMES, UI_LOCALES, type UiLocale } from './i18n';

/** Three large buttons, the current language marked; the label is always in its own language. */
@Component({
  selector: 'k-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nav class="k-langs" [attr.aria-label]="i18n.t('ui.language')">
    @for (l of locales; track l) {
      <button type="button" class="k-lang" [attr.lang]="l" [attr.aria-current]="l === i18n.locale() ? 'true' : null" (click)="choose.emit(l)">
        {{ names[l] }}
      </button>
    }
  </nav>`,
  styles: [
    `.k-langs { display: flex; gap: 0.5rem; flex-wrap: wrap; }
     .k-lang { min-height: 44px; padding: 0.4rem 0.9rem; border: 2px solid var(--k-border); background: var(--k-surface); color: var(--k-ink); border-radius: 999px; font: inherit; cursor: pointer; }
     .k-lang[aria-current='true'] { background: var(--k-primary); border-color: var(--k-primary); color: var(--k-on-primary); font-weight: 600; }
     .k-lang:focus-visible { outline: 3px solid var(--k-focus); outline-offset: 2px; }`,
  ],
})
export class LanguageSwitchComponent {
  readonly i18n = inject(I18n);
  readonly locales = UI_LOCALES;
  readonly names = LOCALE_NAMES;
  readonly choose = output<UiLocale>();
}
