// The public surface of @kenes/domain. Everything here is framework-free and imports nothing.

export * from './common/result';
export * from './common/localized-text';
export * from './common/legal-basis';
export * from './common/fraction';

export * from './dates/iso-date';

export * from './calendar/holiday-calendar';
export * from './calendar/working-days';
export * from './calendar/kazakhstan-calendar';

export * from './rules/rule-types';
export * from './rules/find-rule';
export * from './rules/rule-name';
export * from './rules/validate-rule-set';
export * from './rules/default-kazakhstan-rule-set';

export * from './composition/composition-types';
export * from './composition/members';
export * from './composition/evaluate-composition';
export * from './composition/independence-index';
export * from './composition/check-change';

export * from './meetings/quorum';
export * from './meetings/tally-vote';
export * from './meetings/meeting-state';

export * from './obligations/obligation-types';
export * from './obligations/due-date';
export * from './obligations/obligation-machine';

export * from './i18n/message-params';
export * from './i18n/catalogue';
export * from './i18n/format-message';

export * from './permissions/permissions';
export * from './convocations/renewal';

export * from './selection/eligibility';
export * from './selection/ranking';
export * from './composition/demographics';
export * from './meetings/schedule';
export * from './composition/demographic-gap';
export * from './obligations/escalation';
export * from './obligations/figures';
export * from './minutes/minutes-document';
export * from './minutes/text-diff';
export * from './minutes/annual-report';
export * from './minutes/council-activity';
