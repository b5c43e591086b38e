import { DEMO_PASSWORD } from './admin-session';

/** A session cookie for a demo account, signed in through the admin GraphQL API. */
export async function signInApi(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password: DEMO_PASSWORD } } }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
  return cookie.split(';')[0] as string;
}

/** An admin GraphQL call with a session cookie (Russian messages); throws the first error. */
export async function adminApi<T>(baseUrl: string, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie}; lang=ru` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors[0]?.message}`);
  return body.data as T;
}
