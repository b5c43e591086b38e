import { InitialRegistry1795861147488 } from './1795861147488-InitialRegistry';

// Every migration, in order. Never edit one that has landed: add a new one.
export const MIGRATIONS = [InitialRegistry1795861147488];
