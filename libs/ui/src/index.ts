export * from './lib/i18n';
export * from './lib/localized-text.component';
export * from './lib/language-switch.component';
export * from './lib/common-messages';
export * from './lib/rule-panel.component';
