import { DomainError, ErrorCode, type Locale } from '@kenes/api/core';
import { formatBasis, formatMessage, ruleName, type ChangeViolation, type CheckResult, type LegalBasis, type Rule } from '@kenes/domain';
import { LegalBasisView, RuleCheck, RuleCheckStatus, RuleSeverity, RuleView } from './composition.models';

/**
 * The domain speaks in MessageRefs; the API answers in the caller's language. Everything the
 * engine produces goes through these functions on its way out.
 */
export function basisView(b: LegalBasis, locale: Locale): LegalBasisView {
  return {
    text: formatBasis(b, locale),
    actId: b.act.id,
    article: b.article ?? null,
    paragraph: b.paragraph ?? null,
    subparagraph: b.subparagraph ?? null,
    confidence: b.confidence,
  };
}

export function ruleCheckView(r: CheckResult, locale: Locale): RuleCheck {
  return {
    code: r.code,
    kind: r.kind,
    status: r.status as RuleCheckStatus,
    severity: r.severity as RuleSeverity,
    name: formatMessage(r.name, locale),
    message: formatMessage(r.message, locale),
    remedy: r.remedy ? formatMessage(r.remedy, locale) : null,
    notes: r.notes.map((n) => formatMessage(n, locale)),
    figures: Object.entries(r.figures).map(([name, value]) => ({ name, value })),
    shortfall: r.shortfall,
    basis: basisView(r.basis, locale),
  };
}

/** What still needs attention after a change: soft rules broken, hard ones it did not worsen. */
export function openIssues(results: readonly CheckResult[], locale: Locale): RuleCheck[] {
  return results.filter((r) => r.status === 'fail' || r.status === 'warning').map((r) => ruleCheckView(r, locale));
}

export function ruleView(rule: Rule, locale: Locale): RuleView {
  return {
    code: rule.code,
    kind: rule.value.kind,
    name: formatMessage(ruleName(rule), locale),
    severity: rule.severity as RuleSeverity,
    value: rule.value,
    basis: basisView(rule.basis, locale),
    effectiveFrom: rule.effectiveFrom ?? null,
    effectiveTo: rule.effectiveTo ?? null,
  };
}

/**
 * The refusal of a change that would break (or worsen a breach of) a hard rule: CONFLICT, since
 * the request is well-formed but the composition it would produce is unlawful. The message names
 * the first rule; `extensions` carry every violation with its explanation and legal basis.
 */
export function ruleViolationError(violations: readonly ChangeViolation[], locale: Locale): DomainError {
  const rendered = violations.map((v) => {
    const check = ruleCheckView(v.result, locale);
    return {
      ruleCode: check.code,
      change: v.change,
      name: check.name,
      explanation: check.remedy ? `${check.message}. ${check.remedy}` : check.message,
      message: check.message,
      remedy: check.remedy,
      basis: check.basis.text,
      legalBasis: {
        actId: check.basis.actId,
        article: check.basis.article,
        paragraph: check.basis.paragraph,
        confidence: check.basis.confidence,
      },
      figures: v.result.figures,
    };
  });
  const first = rendered[0];
  if (!first) throw new Error('ruleViolationError needs at least one violation');
  return new DomainError(ErrorCode.CONFLICT, 'composition.ruleViolated', { rule: first.name, explanation: first.explanation }, [], {
    ruleCode: first.ruleCode,
    explanation: first.explanation,
    basis: first.basis,
    violations: rendered,
  });
}
