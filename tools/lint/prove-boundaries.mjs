// Proves the module-boundary rules bite: writes deliberately bad imports, lints them, and
// fails unless ESLint rejects every one with the expected rule. Files are removed after.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const cases = [
  { file: 'libs/ui/src/lib/__bad_import.ts', code: "import { CouncilService } from '@kenes/api/registry';\nexport const x = CouncilService;\n", rule: '@nx/enforce-module-boundaries' },
  { file: 'apps/admin/src/app/__bad_import.ts', code: "import { AuditService } from '@kenes/api/core';\nexport const x = AuditService;\n", rule: '@nx/enforce-module-boundaries' },
  { file: 'libs/domain/src/__bad_import.ts', code: "import { I18n } from '@kenes/ui';\nexport const x = I18n;\n", rule: '@nx/enforce-module-boundaries' },
  { file: 'apps/portal/src/app/__bad_import.ts', code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", rule: 'no-restricted-imports' },
];

let failed = 0;
for (const c of cases) {
  writeFileSync(c.file, c.code);
  let output = '';
  let exitCode = 0;
  try {
    // Each layer is proven on its own: the Nx rule with the import ban switched off.
    const only = c.rule === '@nx/enforce-module-boundaries' ? ['--rule', 'no-restricted-imports: off'] : [];
    output = execFileSync('npx', ['eslint', '--no-cache', ...only, c.file], { encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  } catch (e) {
    exitCode = e.status ?? 1;
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  } finally {
    rmSync(c.file, { force: true });
  }
  const ok = exitCode !== 0 && output.includes(c.rule);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.file}: ${ok ? `rejected by ${c.rule}` : `not rejected by ${c.rule}\n${output}`}`);
  if (!ok) failed++;
}
if (failed) {
  console.error(`${failed} deliberate bad import(s) were not rejected: the boundary rules are broken.`);
  process.exit(1);
}
console.log('Module boundaries hold: every deliberate bad import was rejected.');
