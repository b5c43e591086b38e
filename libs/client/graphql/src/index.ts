// Admin operations and public operations share type names (e.g. CouncilFilter), so each
// set lives in its own namespace.
export * as Admin from './generated/admin/index';
export * as Pub from './generated/public';
