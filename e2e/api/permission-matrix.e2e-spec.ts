import { ROLE_PERMISSIONS, ROLES, type Role } from '@kenes/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { MATRIX, ROLE_ACCOUNTS, type Requirement } from './permission-matrix';

type Caller = Role | 'anonymous';

function expectedAllowed(requires: Requirement, caller: Caller): boolean {
  if ('public' in requires) return true;
  if (caller === 'anonymous') return false;
  if ('authenticated' in requires) return true;
  return ROLE_PERMISSIONS[caller].includes(requires.permission);
}

/** The guard's own refusals, recognised by code and (English) message. */
function deniedAtTheDoor(errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined): string | null {
  const e = errors?.[0];
  if (!e) return null;
  const code = e.extensions?.['code'];
  if (code === 'UNAUTHENTICATED' && e.message === 'Please sign in.') return 'UNAUTHENTICATED';
  if (code === 'FORBIDDEN' && e.message === 'You are not allowed to do this.') return 'FORBIDDEN';
  return null;
}

describe('permission matrix: every /graphql operation as every role and as nobody', () => {
  let t: TestServer;
  const cookies = new Map<Caller, string>();

  beforeAll(async () => {
    t = await startTestServer();
    for (const role of ROLES) cookies.set(role, await t.signIn(ROLE_ACCOUNTS[role]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every operation of the schema in the matrix, and nothing else', async () => {
    const res = await t.gql<{ __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } } }>(
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    const ops = [
      ...(res.body.data?.__schema.queryType.fields ?? []).map((f) => `Query.${f.name}`),
      ...(res.body.data?.__schema.mutationType.fields ?? []).map((f) => `Mutation.${f.name}`),
    ].sort();
    expect(ops).toEqual(Object.keys(MATRIX).sort());
  });

  const callers: Caller[] = ['anonymous', ...ROLES];
  // signOut ends the session, so it runs last for each caller.
  const operations = Object.keys(MATRIX).sort((a, b) => Number(a === 'Mutation.signOut') - Number(b === 'Mutation.signOut'));

  for (const caller of callers) {
    it(`enforces the door for ${caller}`, async () => {
      const verdicts: string[] = [];
      const expected: string[] = [];
      for (const op of operations) {
        const entry = MATRIX[op];
        if (!entry) throw new Error(op);
        const cookie = cookies.get(caller);
        const headers: Record<string, string> = { 'x-kenes-locale': 'en', ...(cookie ? { cookie } : {}) };
        const res = await t.gql(entry.document, entry.variables ?? {}, { headers });
        const denied = deniedAtTheDoor(res.body.errors);
        verdicts.push(`${op}: ${denied ?? 'passes'}`);
        const allowed = expectedAllowed(entry.requires, caller);
        expected.push(`${op}: ${allowed ? 'passes' : caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
      }
      expect(verdicts).toEqual(expected);
    });
  }
});
