import type { LegalBasis } from '../common/legal-basis';
import { minCountForShare } from '../common/fraction';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { requireRule } from '../rules/find-rule';
import type { RuleSet } from '../rules/rule-types';

export interface QuorumInput {
  /** All members of the council (the secretary is not one). */
  readonly totalMembers: number;
  readonly present: number;
}

export interface QuorumResult {
  readonly reached: boolean;
  /** The fewest members present that make a quorum: ceil(fraction × all members). */
  readonly required: number;
  readonly present: number;
  readonly totalMembers: number;
  readonly basis: LegalBasis;
  readonly message: MessageRef;
}

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer: ${n}`);
}

export function quorum(ruleSet: RuleSet, input: QuorumInput, onDate?: IsoDate): QuorumResult {
  assertCount('totalMembers', input.totalMembers);
  assertCount('present', input.present);
  if (input.present > input.totalMembers) {
    throw new RangeError(`present (${input.present}) exceeds totalMembers (${input.totalMembers})`);
  }
  const rule = requireRule(ruleSet, 'meetings.quorum', onDate);
  const required = minCountForShare(rule.value, input.totalMembers);
  // A council without members can never be quorate.
  const reached = input.totalMembers > 0 && input.present >= required;
  return {
    reached,
    required,
    present: input.present,
    totalMembers: input.totalMembers,
    basis: rule.basis,
    message: msg('meetings.quorum', {
      reached,
      present: input.present,
      total: input.totalMembers,
      required,
      basis: rule.basis,
    }),
  };
}
