import type * as Admin from '@kenes/client/graphql/admin';
import type { I18n } from '@kenes/ui';

export type RecommendationView = Admin.RecommendationFieldsFragment;
export type ObligationView = Admin.ObligationFieldsFragment;

/** A legal date (YYYY-MM-DD) the way people in Kazakhstan write it: 28.12.2026. */
export function legalDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** Working days left in words; overdue says so in words, never only in colour. */
export function daysLeftText(i18n: I18n, workingDaysLeft: number, overdue: boolean): string {
  if (overdue || workingDaysLeft < 0) return i18n.t('obl.overdueBy', { n: Math.max(1, -workingDaysLeft) });
  if (workingDaysLeft === 0) return i18n.t('obl.dueToday');
  if (workingDaysLeft === 1) return i18n.t('obl.dayLeft');
  return i18n.t('obl.daysLeft', { n: workingDaysLeft });
}

/** States in which the domain's machine still takes an answer. */
export const ANSWERABLE: readonly Admin.ObligationState[] = ['DISPATCHED', 'RECEIVED', 'OVERDUE', 'ESCALATED', 'REOPENED'];
/** States in which the clock may stop for a clarification or be extended. */
export const CLOCK_RUNNING: readonly Admin.ObligationState[] = ['DISPATCHED', 'RECEIVED', 'REOPENED'];
/** States in which the secretary may redirect the obligation. */
export const REDIRECTABLE: readonly Admin.ObligationState[] = ['DISPATCHED', 'RECEIVED'];

/** The draft the body is working on (newest unsigned version), if any. */
export function currentDraft(o: ObligationView): Admin.AnswerFieldsFragment | undefined {
  return [...o.answers].filter((a) => a.state === 'draft').sort((a, b) => b.version - a.version)[0];
}

export function signedAnswers(o: ObligationView): Admin.AnswerFieldsFragment[] {
  return o.answers.filter((a) => a.state === 'signed').sort((a, b) => b.version - a.version);
}
