import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe-core's browser build, injected into each page as a script (nothing fetched from the network). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's full default rule set (WCAG 2.0/2.1 A and AA plus best practices) on the page as it is now. */
export async function axe(page: Page): Promise<{ violations: AxeViolation[]; passed: number }> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  });
}

/** One line per violated rule, for an expectation of []; the details go to the log. */
export function violationSummary(name: string, violations: AxeViolation[]): string[] {
  if (violations.length) console.log(`${name}:\n${JSON.stringify(violations, null, 2)}`);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
