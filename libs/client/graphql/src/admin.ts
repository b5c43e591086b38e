// The admin operations, used as `import * as Admin from '@kenes/client/graphql/admin'` (`Admin.MeetingDocument`,
// `Admin.MeetingQuery`). Codegen writes one module per operations file (generated/admin/meetings.ts, …), the
// schema types in generated/admin/types.ts and generated/admin/index.ts re-exporting them all. A bundler
// cannot split a module across chunks, so separate modules let each screen's documents go to that screen's
// lazy chunk; ./package.json declares these files free of side effects, without which this barrel would
// pull every generated module into the admin's first download.
export * from './generated/admin/index';
