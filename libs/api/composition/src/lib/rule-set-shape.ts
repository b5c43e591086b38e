/**
 * The domain's validateRuleSet trusts the TypeScript types; JSON from a client has none. This
 * checks the outline (what every rule must carry) so that the domain never reads a missing field.
 * Returns dotted paths of what is wrong, e.g. `2.basis.act.short`.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean => isObject(v) && ['kk', 'ru', 'en'].every((l) => typeof v[l] === 'string');
const isOptionalDate = (v: unknown): boolean => v === undefined || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));

function ruleProblems(rule: unknown): string[] {
  if (!isObject(rule)) return [''];
  const problems: string[] = [];
  if (typeof rule['code'] !== 'string' || !/^[A-Za-z0-9.\-_]{1,80}$/.test(rule['code'])) problems.push('code');
  if (rule['severity'] !== 'hard' && rule['severity'] !== 'soft') problems.push('severity');
  const value = rule['value'];
  if (!isObject(value) || typeof value['kind'] !== 'string') problems.push('value');
  else {
    // Every numeric member of a value must be a finite number; nested objects are checked the same way.
    const walk = (v: Record<string, unknown>, at: string): void => {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'number' && !Number.isFinite(x)) problems.push(`${at}.${k}`);
        else if (isObject(x)) walk(x, `${at}.${k}`);
      }
    };
    walk(value, 'value');
  }
  const basis = rule['basis'];
  if (!isObject(basis)) problems.push('basis');
  else {
    const act = basis['act'];
    if (!isObject(act) || typeof act['id'] !== 'string' || !isText(act['short'])) problems.push('basis.act');
    if (!['C', 'S', 'R'].includes(basis['confidence'] as string)) problems.push('basis.confidence');
    for (const k of ['article', 'paragraph', 'subparagraph']) {
      if (basis[k] !== undefined && typeof basis[k] !== 'string') problems.push(`basis.${k}`);
    }
  }
  if (rule['title'] !== undefined && !isText(rule['title'])) problems.push('title');
  if (!isOptionalDate(rule['effectiveFrom'])) problems.push('effectiveFrom');
  if (!isOptionalDate(rule['effectiveTo'])) problems.push('effectiveTo');
  return problems;
}

export function ruleSetShapeProblems(rules: unknown): string[] {
  if (!Array.isArray(rules)) return [''];
  return rules.flatMap((rule, i) => ruleProblems(rule).map((p) => (p ? `${i}.${p}` : String(i))));
}
