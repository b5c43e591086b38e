// The admin operations as a module of their own: `import * as Admin from '@kenes/client/graphql/admin'`
// lets the bundler keep only the documents each chunk uses (a namespace re-exported from the barrel
// kept every document in the admin's first download).
export * from './generated/admin';
