import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n, LOCALE_NAMES, pickLocalized, type Localized } from './i18n';

/**
 * Shows content in the page's language, or in another one with a visible note when no
 * translation exists. The `lang` attribute lets screen readers pronounce it right.
 */
@Component({
  selector: 'k-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [attr.lang]="picked().lang">{{ picked().text }}</span>@if (picked().fallback && picked().text) {
      <span class="k-fallback" [attr.title]="note()">({{ langName() }})</span>
    }`,
  styles: [`.k-fallback { font-size: 0.8em; color: var(--k-muted); margin-inline-start: 0.35em; }`],
})
export class LocalizedTextComponent {
  readonly value = input.required<Localized>();
  private readonly i18n = inject(I18n);
  readonly picked = computed(() => pickLocalized(this.value(), this.i18n.locale()));
  readonly langName = computed(() => LOCALE_NAMES[this.picked().lang]);
  readonly note = computed(() => this.i18n.t('ui.translationMissing'));
}
