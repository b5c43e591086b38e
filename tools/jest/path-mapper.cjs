// tsconfig.base.json paths as jest moduleNameMapper entries, for configs outside Nx's preset.
const { compilerOptions } = require('../../tsconfig.base.json');
const { join } = require('node:path');
const root = join(__dirname, '../..');
module.exports = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, join(root, target)]),
);
