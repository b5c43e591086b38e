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
      filesDir: '/srv/kenes/.data/files',
      filesMaxBytes: 20 * 1024 * 1024,
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
        FILES_DIR: '/srv/files',
        FILES_MAX_MB: '50',
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
      filesDir: '/srv/files',
      filesMaxBytes: 50 * 1024 * 1024,
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
    ['FILES_MAX_MB', '0', /^FILES_MAX_MB: expected a whole number from 1 to 1024, got '0'$/],
    ['FILES_MAX_MB', '2048', /^FILES_MAX_MB: /],
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

  it('keeps files under the data folder unless FILES_DIR says otherwise', () => {
    expect(loadConfig({ KENES_DATA_DIR: '/var/lib/kenes' }, '/x').filesDir).toBe('/var/lib/kenes/files');
    expect(loadConfig({ KENES_DATA_DIR: '/var/lib/kenes', FILES_DIR: '/mnt/files' }, '/x').filesDir).toBe('/mnt/files');
  });

  describe('S3 storage', () => {
    const S3 = { S3_BUCKET: 'kenes-files', S3_ACCESS_KEY_ID: 'AKIA1', S3_SECRET_ACCESS_KEY: 'secret' };

    it('is off without any S3_* variable', () => {
      expect(loadConfig({}, '/x').s3).toBeUndefined();
      expect(loadConfig({ S3_BUCKET: '', S3_REGION: '' }, '/x').s3).toBeUndefined();
    });

    it('reads AWS itself from the three essentials', () => {
      expect(loadConfig(S3, '/x').s3).toEqual({
        endpoint: undefined,
        bucket: 'kenes-files',
        region: 'us-east-1',
        accessKeyId: 'AKIA1',
        secretAccessKey: 'secret',
        forcePathStyle: false,
      });
    });

    it('uses path-style addressing by default for a self-hosted endpoint', () => {
      const config = loadConfig({ ...S3, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'kz-ala-1' }, '/x');
      expect(config.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', region: 'kz-ala-1', forcePathStyle: true });
      expect(loadConfig({ ...S3, S3_ENDPOINT: 'https://s3.example.kz', S3_FORCE_PATH_STYLE: 'false' }, '/x').s3?.forcePathStyle).toBe(false);
    });

    it('is all or none: one variable alone names the missing ones', () => {
      expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000' })).toEqual([
        'S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required because S3_ENDPOINT is set (S3 storage is all or none)',
      ]);
      expect(problemsOf({ S3_BUCKET: 'kenes-files', S3_ACCESS_KEY_ID: 'AKIA1' })).toEqual([
        'S3_SECRET_ACCESS_KEY: required because S3_BUCKET, S3_ACCESS_KEY_ID are set (S3 storage is all or none)',
      ]);
    });

    it.each([
      ['S3_ENDPOINT', 'ftp://minio', /^S3_ENDPOINT: expected a http: or https: URL/],
      ['S3_ENDPOINT', 'not a url', /^S3_ENDPOINT: not a valid URL$/],
      ['S3_BUCKET', 'Kenes_Files', /^S3_BUCKET: expected a bucket name/],
      ['S3_BUCKET', 'ab', /^S3_BUCKET: /],
      ['S3_FORCE_PATH_STYLE', 'sometimes', /^S3_FORCE_PATH_STYLE: /],
    ])('refuses %s=%s', (name, value, expected) => {
      const problems = problemsOf({ ...S3, [name]: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(expected);
    });

    it('never puts the secret in a problem message', () => {
      const problems = problemsOf({ S3_SECRET_ACCESS_KEY: 'top-secret-value', S3_BUCKET: 'BAD' });
      expect(problems.join('\n')).not.toContain('top-secret-value');
    });
  });
});
