import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as domain from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('@kenes/domain boundaries', () => {
  const files = sourceFiles(__dirname);

  it('imports nothing but its own files, so it runs in the browser, the API and SSR alike', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        if (!spec.startsWith('./') && !spec.startsWith('../')) offenders.push(`${relative(__dirname, file)}: ${spec}`);
      }
      if (/\b(process|Buffer|__dirname|window|document|localStorage)\b\s*[.[(]/.test(text)) offenders.push(`${relative(__dirname, file)}: host global`);
    }
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  it('exports its public API from the index', () => {
    for (const name of [
      'addWorkingDays',
      'kazakhstanCalendar',
      'defaultKazakhstanRuleSet',
      'findRule',
      'validateRuleSet',
      'evaluateComposition',
      'checkChange',
      'independenceIndex',
      'demographicGap',
      'validatePopulationReference',
      'quorum',
      'tallyVote',
      'transitionMeeting',
      'computeDueDate',
      'applyObligationEvent',
      'formatMessage',
      'PERMISSIONS',
    ]) {
      expect(domain).toHaveProperty(name);
    }
  });
});
