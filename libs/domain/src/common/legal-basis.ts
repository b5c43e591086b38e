import type { LocalizedText } from './localized-text';

/**
 * How sure we are of a rule: C = the act's wording was read, S = from an official summary,
 * R = recalled practice, unverified. Shown to users so that an R figure is never mistaken for law.
 */
export type Confidence = 'C' | 'S' | 'R';

export interface LegalAct {
  /** Stable identifier, e.g. 'KZ-383-V'. */
  readonly id: string;
  /** Short name as it is cited next to a result, e.g. ru 'Закон 383-V'. */
  readonly short: LocalizedText;
}

export interface LegalBasis {
  readonly act: LegalAct;
  readonly article?: string;
  readonly paragraph?: string;
  readonly subparagraph?: string;
  readonly confidence: Confidence;
}
