import { ConfigError, loadConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/kenes');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('starts with safe defaults from an empty environment', () => {
    expect(loadConfig({}, '/srv/kenes')).toEqual({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: undefined,
      databasePoolSize: 10,
      dataDir: '/srv/kenes/.data',
      redisUrl: undefined,
      logLevel: 'info',
      seedDemo: true,
      serveFrontends: true,
      publicUrl: undefined,
      smtpUrl: undefined,
      mailFrom: 'Kenes <no-reply@kenes.kz>',
      cookieSecure: false,
      sessionDays: 14,
    });
  });

  it('treats empty variables as unset and keeps quiet under NODE_ENV=test', () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '', DATABASE_URL: '', LOG_LEVEL: '', KENES_SEED_DEMO: '' }, '/x');
    expect(config).toMatchObject({ nodeEnv: 'test', port: 3000, databaseUrl: undefined, logLevel: 'silent', seedDemo: true });
  });

  it('reads valid values', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '8080',
        DATABASE_URL: 'postgresql://u@db:5432/kenes',
        DATABASE_POOL_SIZE: '25',
        KENES_DATA_DIR: '/var/lib/kenes',
        REDIS_URL: 'rediss://cache:6380',
        LOG_LEVEL: 'warn',
        KENES_SEED_DEMO: 'YES',
        KENES_SERVE_FRONTENDS: 'off',
        PUBLIC_URL: 'https://kenes.kz',
        SMTP_URL: 'smtp://mail:587',
        MAIL_FROM: 'Kenes <kenes@example.kz>',
        SESSION_DAYS: '7',
      },
      '/x',
    );
    expect(config).toEqual({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 8080,
      databaseUrl: 'postgresql://u@db:5432/kenes',
      databasePoolSize: 25,
      dataDir: '/var/lib/kenes',
      redisUrl: 'rediss://cache:6380',
      logLevel: 'warn',
      seedDemo: true,
      serveFrontends: false,
      publicUrl: 'https://kenes.kz',
      smtpUrl: 'smtp://mail:587',
      mailFrom: 'Kenes <kenes@example.kz>',
      cookieSecure: true,
      sessionDays: 7,
    });
  });

  it.each([
    ['PORT', 'abc', /^PORT: expected a whole number from 0 to 65535, got 'abc'$/],
    ['PORT', '70000', /^PORT: expected a whole number from 0 to 65535, got '70000'$/],
    ['PORT', '-1', /^PORT: /],
    ['PORT', '80.5', /^PORT: /],
    ['DATABASE_URL', 'mysql://x', /^DATABASE_URL: expected a postgres: or postgresql: URL, got protocol 'mysql:'$/],
    ['DATABASE_URL', 'not a url', /^DATABASE_URL: not a valid URL$/],
    ['LOG_LEVEL', 'loud', /^LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got 'loud'$/],
    ['KENES_SEED_DEMO', 'maybe', /^KENES_SEED_DEMO: expected true or false, got 'maybe'$/],
    ['NODE_ENV', 'staging', /^NODE_ENV: /],
    ['DATABASE_POOL_SIZE', '0', /^DATABASE_POOL_SIZE: /],
    ['REDIS_URL', 'http://cache', /^REDIS_URL: /],
    ['PUBLIC_URL', 'ftp://kenes.kz', /^PUBLIC_URL: /],
    ['KENES_SERVE_FRONTENDS', 'sometimes', /^KENES_SERVE_FRONTENDS: /],
  ])('refuses %s=%s and names the variable', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('reports every problem at once, in one error naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', KENES_SEED_DEMO: 'maybe' }, '/x');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.name).toBe('ConfigError');
    expect(configError.problems.map((p) => p.split(':')[0])).toEqual(['DATABASE_URL', 'PORT', 'LOG_LEVEL', 'KENES_SEED_DEMO']);
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'KENES_SEED_DEMO']) expect(configError.message).toContain(`- ${name}:`);
  });

  it('seeds the demo by default only when no DATABASE_URL is given', () => {
    expect(loadConfig({}, '/x').seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/kenes' }, '/x').seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/kenes', KENES_SEED_DEMO: 'true' }, '/x').seedDemo).toBe(true);
    expect(loadConfig({ KENES_SEED_DEMO: '0' }, '/x').seedDemo).toBe(false);
  });
});
