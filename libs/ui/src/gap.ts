// A secondary entry point: the demographic gap is shown on two lazy pages only, and a barrel
// import from the first load would pull it (and its words) into every visitor's first download.
export * from './lib/demographic-gap.component';
export * from './lib/demographic-gap.messages';
