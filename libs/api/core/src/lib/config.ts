/**
 * Start-up configuration, read once from the environment and validated so that a bad
 * variable stops the process with a message naming it, instead of failing later.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** When absent the API starts an embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl?: string;
  databasePoolSize: number;
  dataDir: string;
  redisUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo data set into an empty database at start-up. */
  seedDemo: boolean;
  /** Serve the admin and portal builds from this process. */
  serveFrontends: boolean;
  publicUrl?: string;
  /** SMTP server for e-mail (smtp://user:pass@host:port); without it mail is logged, not sent. */
  smtpUrl?: string;
  mailFrom: string;
  /** Send the session cookie with `Secure` (default on in production). */
  cookieSecure: boolean;
  sessionDays: number;
  /** Where uploaded files live on local disk when no object storage is configured. */
  filesDir: string;
  /** Largest accepted upload, in bytes (`FILES_MAX_MB`). */
  filesMaxBytes: number;
  /** S3-compatible object storage; when set, files go there instead of `filesDir`. */
  s3?: S3Config;
}

export interface S3Config {
  /** Absent for AWS itself; the URL of MinIO, Ceph, a cloud provider's S3 endpoint, … */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Address the bucket as `endpoint/bucket/key` (MinIO and most self-hosted servers need it). */
  forcePathStyle: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name}: expected one of ${allowed.join(', ')}, got '${raw}'`);
  return fallback;
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${name}: expected a whole number from ${min} to ${max}, got '${raw}'`);
    return fallback;
  }
  return n;
}

function bool(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  problems.push(`${name}: expected true or false, got '${raw}'`);
  return fallback;
}

function url(name: string, raw: string | undefined, protocols: string[], problems: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const u = new URL(raw);
    if (!protocols.includes(u.protocol)) {
      problems.push(`${name}: expected a ${protocols.join(' or ')} URL, got protocol '${u.protocol}'`);
    }
    return raw;
  } catch {
    problems.push(`${name}: not a valid URL`);
    return undefined;
  }
}

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
const S3_ALL = ['S3_ENDPOINT', ...S3_REQUIRED, 'S3_REGION', 'S3_FORCE_PATH_STYLE'] as const;

/** All or none: any S3_* variable turns object storage on, and then its three essentials are required. */
function s3(env: Record<string, string | undefined>, problems: string[]): S3Config | undefined {
  const set = S3_ALL.filter((name) => env[name]);
  if (!set.length) return undefined;
  const missing = S3_REQUIRED.filter((name) => !env[name]);
  if (missing.length) {
    problems.push(`${missing.join(', ')}: required because ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set (S3 storage is all or none)`);
  }
  const bucket = env['S3_BUCKET'] ?? '';
  if (bucket && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(`S3_BUCKET: expected a bucket name (3-63 lower-case letters, digits, dots, hyphens), got '${bucket}'`);
  }
  const endpoint = url('S3_ENDPOINT', env['S3_ENDPOINT'], ['http:', 'https:'], problems);
  return {
    endpoint,
    bucket,
    region: env['S3_REGION'] || 'us-east-1',
    accessKeyId: env['S3_ACCESS_KEY_ID'] ?? '',
    secretAccessKey: env['S3_SECRET_ACCESS_KEY'] ?? '',
    forcePathStyle: bool('S3_FORCE_PATH_STYLE', env['S3_FORCE_PATH_STYLE'], endpoint !== undefined, problems),
  };
}

export function loadConfig(env: Record<string, string | undefined>, root: string): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf('NODE_ENV', env['NODE_ENV'], NODE_ENVS, 'development', problems);
  const today = env['KENES_TODAY'];
  if (today && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))) {
    problems.push(`KENES_TODAY: expected a date YYYY-MM-DD, got '${today}'`);
  }
  const databaseUrl = url('DATABASE_URL', env['DATABASE_URL'], ['postgres:', 'postgresql:'], problems);
  const dataDir = env['KENES_DATA_DIR'] || `${root}/.data`;
  const config: AppConfig = {
    nodeEnv,
    host: env['HOST'] || '0.0.0.0',
    port: int('PORT', env['PORT'], 3000, 0, 65535, problems),
    databaseUrl,
    databasePoolSize: int('DATABASE_POOL_SIZE', env['DATABASE_POOL_SIZE'], 10, 1, 200, problems),
    dataDir,
    redisUrl: url('REDIS_URL', env['REDIS_URL'], ['redis:', 'rediss:'], problems),
    logLevel: oneOf('LOG_LEVEL', env['LOG_LEVEL'], LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info', problems),
    seedDemo: bool('KENES_SEED_DEMO', env['KENES_SEED_DEMO'], !databaseUrl, problems),
    serveFrontends: bool('KENES_SERVE_FRONTENDS', env['KENES_SERVE_FRONTENDS'], true, problems),
    publicUrl: url('PUBLIC_URL', env['PUBLIC_URL'], ['http:', 'https:'], problems),
    smtpUrl: url('SMTP_URL', env['SMTP_URL'], ['smtp:', 'smtps:'], problems),
    mailFrom: env['MAIL_FROM'] || 'Kenes <no-reply@kenes.kz>',
    cookieSecure: bool('COOKIE_SECURE', env['COOKIE_SECURE'], nodeEnv === 'production', problems),
    sessionDays: int('SESSION_DAYS', env['SESSION_DAYS'], 14, 1, 365, problems),
    filesDir: env['FILES_DIR'] || `${dataDir}/files`,
    filesMaxBytes: int('FILES_MAX_MB', env['FILES_MAX_MB'], 20, 1, 1024, problems) * 1024 * 1024,
  };
  const s3Config = s3(env, problems);
  if (s3Config) config.s3 = s3Config;
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
