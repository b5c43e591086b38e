// Test helpers (@kenes/api/files/testing): real, tiny sample files built in memory. Tests only;
// they use dev dependencies (fflate, jpeg-js).
export * from './lib/testing/samples';
