import { linkToken, startMailbox, type Mailbox } from '../support/mailbox';
import { startTestServer, type TestServer } from '../support/test-server';

const ME = `{ currentUser { id email displayName permissions grants { role scopeKind scopeId } } }`;
const COUNCILS = `query($f: CouncilFilter) { councils(filter: $f, page: { offset: 0, limit: 100 }) { total items { id slug } } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id displayName } }`;

describe('identity, sessions and access', () => {
  let t: TestServer;
  let mail: Mailbox;

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
  });
  afterAll(async () => {
    await t?.close();
    await mail?.close();
  });

  const as = (cookie: string, locale = 'ru') => ({ headers: { cookie: `${cookie}; lang=${locale}` } });

  it('signs in with an httpOnly, SameSite session cookie and knows who is calling', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { i: { email: 'Secretary@Kenes.demo ', password: 'kenes-demo-2026' } } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kenes_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.gql<{ currentUser: { email: string; permissions: string[]; grants: Array<{ role: string }> } }>(ME, {}, as(cookie.split(';')[0] as string));
    expect(me.body.data?.currentUser).toMatchObject({ email: 'secretary@kenes.demo', grants: [{ role: 'councilSecretary' }] });
    expect(me.body.data?.currentUser.permissions).toContain('council.manage');
    const anon = await t.gql<{ currentUser: unknown }>(ME);
    expect(anon.body.data?.currentUser).toBeNull();
  });

  it('shows each role only its own councils', async () => {
    const counts: Record<string, string[]> = {};
    for (const email of ['admin@kenes.demo', 'operator@kenes.demo', 'secretary@kenes.demo', 'almaty.secretary@kenes.demo', 'member@kenes.demo', 'officer@kenes.demo']) {
      const cookie = await t.signIn(email);
      const res = await t.gql<{ councils: { items: Array<{ slug: string }> } }>(COUNCILS, {}, as(cookie));
      counts[email] = (res.body.data?.councils.items ?? []).map((c) => c.slug).sort();
    }
    expect(counts['admin@kenes.demo']).toHaveLength(6);
    expect(counts['operator@kenes.demo']).toEqual(['akmola', 'kokshetau', 'kokshetau-youth-draft']);
    expect(counts['secretary@kenes.demo']).toEqual(['kokshetau']);
    expect(counts['almaty.secretary@kenes.demo']).toEqual(['almaty']);
    expect(counts['member@kenes.demo']).toEqual(['kokshetau']);
    // The transport department hosts no council.
    expect(counts['officer@kenes.demo']).toEqual([]);
  });

  it('refuses a wrong password with a translated message, and throttles the fifth rapid failure', async () => {
    const attempt = (locale: string) =>
      t.gql(SIGN_IN, { i: { email: 'chair@kenes.demo', password: 'wrong-password' } }, { headers: { 'x-kenes-locale': locale } });
    const first = await attempt('ru');
    expect(first.body.errors?.[0]).toMatchObject({ message: 'Неверный адрес электронной почты или пароль.', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await attempt('kk')).body.errors?.[0]?.message).toBe('Электрондық пошта немесе құпиясөз қате.');
    await attempt('en');
    await attempt('en');
    const fifth = await attempt('ru');
    expect(fifth.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect(fifth.body.errors?.[0]?.message).toMatch(/Слишком много неудачных попыток/);
    // Locked even with the right password; other accounts are not affected.
    const right = await t.gql(SIGN_IN, { i: { email: 'chair@kenes.demo', password: 'kenes-demo-2026' } });
    expect(right.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    await expect(t.signIn('member@kenes.demo')).resolves.toMatch(/^kenes_session=/);
  });

  it('does not reveal whether an e-mail exists', async () => {
    const unknown = await t.gql(SIGN_IN, { i: { email: 'nobody@kenes.demo', password: 'whatever-123' } }, { headers: { 'x-kenes-locale': 'en' } });
    const known = await t.gql(SIGN_IN, { i: { email: 'member@kenes.demo', password: 'whatever-123' } }, { headers: { 'x-kenes-locale': 'en' } });
    expect(unknown.body.errors?.[0]).toEqual(known.body.errors?.[0]);
    const reset = await t.gql<{ requestPasswordReset: boolean }>(`mutation { requestPasswordReset(email: "nobody@kenes.demo") }`);
    expect(reset.body.data?.requestPasswordReset).toBe(true);
  });

  it('invites a member by e-mail; the link sets a password, signs in, and works once', async () => {
    const secretary = await t.signIn('secretary@kenes.demo');
    const councils = await t.gql<{ councils: { items: Array<{ id: string; slug: string }> } }>(COUNCILS, {}, as(secretary));
    const kokshetau = councils.body.data?.councils.items.find((c) => c.slug === 'kokshetau');
    const invite = await t.gql<{ inviteUser: { role: string; scopeId: string } }>(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { role scopeId } }`,
      { i: { email: 'new.member@example.kz', displayName: 'Жанар Қасымова', role: 'councilMember', scopeId: kokshetau?.id, locale: 'kk' } },
      as(secretary),
    );
    expect(invite.body.errors).toBeUndefined();
    expect(invite.body.data?.inviteUser).toEqual({ role: 'councilMember', scopeId: kokshetau?.id });
    const letter = await mail.waitFor('new.member@example.kz');
    expect(letter.subject).toBe('Kenes: жүйеге шақыру');
    expect(letter.text).toContain('http://kenes.test/admin/accept-invitation?token=');
    const token = linkToken(letter);

    const short = await t.gql(`mutation($i: SetPasswordInput!) { acceptInvitation(input: $i) { id } }`, { i: { token, password: 'short' } }, { headers: { 'x-kenes-locale': 'ru' } });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password', message: 'Не менее 10 символов.' }] });

    const accept = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($i: SetPasswordInput!) { acceptInvitation(input: $i) { displayName grants { role } } }`, variables: { i: { token, password: 'a-long-new-password' } } }),
    });
    const body = (await accept.json()) as { data: { acceptInvitation: { displayName: string } } };
    expect(body.data.acceptInvitation.displayName).toBe('Жанар Қасымова');
    expect(accept.headers.get('set-cookie')).toMatch(/^kenes_session=/);

    const again = await t.gql(`mutation($i: SetPasswordInput!) { acceptInvitation(input: $i) { id } }`, { i: { token, password: 'a-long-new-password' } }, { headers: { 'x-kenes-locale': 'en' } });
    expect(again.body.errors?.[0]).toMatchObject({ message: 'This link is invalid or has expired. Ask for a new one.', extensions: { code: 'BAD_USER_INPUT' } });

    const member = await t.signIn('new.member@example.kz', 'a-long-new-password');
    const seen = await t.gql<{ councils: { items: Array<{ slug: string }> } }>(COUNCILS, {}, as(member));
    expect(seen.body.data?.councils.items.map((c) => c.slug)).toEqual(['kokshetau']);
  });

  it('resets a password by e-mail and signs the account out everywhere', async () => {
    const before = await t.signIn('officer@kenes.demo');
    await t.gql(`mutation { requestPasswordReset(email: "officer@kenes.demo") }`);
    const token = linkToken(await mail.waitFor('officer@kenes.demo'));
    const res = await t.gql<{ resetPassword: boolean }>(`mutation($i: SetPasswordInput!) { resetPassword(input: $i) }`, { i: { token, password: 'another-long-password' } });
    expect(res.body.data?.resetPassword).toBe(true);
    const stale = await t.gql<{ currentUser: unknown }>(ME, {}, as(before));
    expect(stale.body.data?.currentUser).toBeNull();
    await expect(t.signIn('officer@kenes.demo', 'another-long-password')).resolves.toMatch(/^kenes_session=/);
  });

  it('lists and revokes sessions, and signs out', async () => {
    const a = await t.signIn('member@kenes.demo');
    const b = await t.signIn('member@kenes.demo');
    const list = await t.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(`{ mySessions { id current } }`, {}, as(a));
    const other = list.body.data?.mySessions.find((s) => !s.current);
    expect(list.body.data?.mySessions.filter((s) => s.current)).toHaveLength(1);
    expect(other).toBeDefined();
    const revoked = await t.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: other?.id }, as(a));
    expect(revoked.body.errors).toBeUndefined();
    const out = await t.gql<{ signOut: boolean }>(`mutation { signOut }`, {}, as(a));
    expect(out.body.data?.signOut).toBe(true);
    for (const c of [a, b]) {
      const me = await t.gql<{ currentUser: unknown }>(ME, {}, as(c));
      expect(me.body.data?.currentUser).toBeNull();
    }
  });

  it('keeps one council’s secretary out of another council, however the ids are guessed', async () => {
    const admin = await t.signIn('admin@kenes.demo');
    const all = await t.gql<{ councils: { items: Array<{ id: string; slug: string }> } }>(COUNCILS, {}, as(admin));
    const almaty = all.body.data?.councils.items.find((c) => c.slug === 'almaty');
    const jurisdictions = await t.gql<{ jurisdictions: { items: Array<{ id: string; code: string }> } }>(`{ jurisdictions { items { id code } } }`, {}, as(admin));
    const almatyJ = jurisdictions.body.data?.jurisdictions.items.find((j) => j.code === 'KZ-ALA');
    const almatyUsers = await t.gql<{ users: { items: Array<{ grants: Array<{ id: string; scopeId: string }> }> } }>(
      `query($f: UserFilter) { users(filter: $f) { items { grants { id scopeId } } } }`,
      { f: { scopeId: almaty?.id } },
      as(admin),
    );
    const almatyGrant = almatyUsers.body.data?.users.items.flatMap((u) => u.grants).find((g) => g.scopeId === almaty?.id);
    expect(almatyGrant).toBeDefined();

    const kok = await t.signIn('secretary@kenes.demo');
    const one = await t.gql(`query($id: ID!) { council(id: $id) { id slug } }`, { id: almaty?.id }, as(kok, 'en'));
    expect(one.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(one.body.data).toBeNull();
    const filtered = await t.gql<{ councils: { total: number } }>(COUNCILS, { f: { jurisdictionId: almatyJ?.id } }, as(kok));
    expect(filtered.body.data?.councils.total).toBe(0);
    const searched = await t.gql<{ councils: { total: number } }>(COUNCILS, { f: { search: 'Алматы' } }, as(kok));
    expect(searched.body.data?.councils.total).toBe(0);
    const invite = await t.gql(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email: 'intruder@example.kz', displayName: 'X', role: 'councilMember', scopeId: almaty?.id } },
      as(kok),
    );
    expect(invite.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invite.body.errors)).not.toMatch(/Алматы|almaty/i);
    const revoke = await t.gql(`mutation($id: ID!) { revokeGrant(id: $id) { id } }`, { id: almatyGrant?.id }, as(kok));
    expect(revoke.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const users = await t.gql<{ users: { total: number } }>(`query($f: UserFilter) { users(filter: $f) { total } }`, { f: { scopeId: almaty?.id } }, as(kok));
    expect(users.body.data?.users.total).toBe(0);
    // Nothing changed for the Almaty grant.
    const still = await t.gql<{ users: { items: Array<{ grants: Array<{ id: string }> }> } }>(
      `query($f: UserFilter) { users(filter: $f) { items { grants { id } } } }`,
      { f: { scopeId: almaty?.id } },
      as(admin),
    );
    expect(still.body.data?.users.items.flatMap((u) => u.grants).map((g) => g.id)).toContain(almatyGrant?.id);
  });

  it('stops a secretary from handing out roles above their own', async () => {
    const kok = await t.signIn('secretary@kenes.demo');
    const me = await t.gql<{ currentUser: { grants: Array<{ scopeId: string }> } }>(ME, {}, as(kok));
    const council = me.body.data?.currentUser.grants[0]?.scopeId;
    const res = await t.gql(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email: 'second.secretary@example.kz', displayName: 'Y', role: 'councilSecretary', scopeId: council } },
      as(kok, 'ru'),
    );
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Вы не можете назначить эту роль здесь.', extensions: { code: 'FORBIDDEN' } });
    const platform = await t.gql(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email: 'z@example.kz', displayName: 'Z', role: 'platformAdmin' } }, as(kok));
    expect(platform.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('audits security events in a verifiable chain', async () => {
    const rows = (await t.server.database.dataSource.query(`SELECT action FROM audit_event WHERE chain = 'security' ORDER BY seq`)) as Array<{ action: string }>;
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['auth.signedIn', 'auth.signInFailed', 'auth.signInThrottled', 'auth.signedOut', 'auth.passwordResetRequested', 'auth.passwordReset', 'user.invitationAccepted', 'auth.sessionRevoked']) {
      expect([a, actions.has(a)]).toEqual([a, true]);
    }
    const { AuditService, RequestContext } = await import('@kenes/api/core');
    const verdict = await t.server.app.get(AuditService).verify(RequestContext.system(), 'security');
    expect(verdict.brokenAt).toBeNull();
  });
});
