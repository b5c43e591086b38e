import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@kenes/api/core';

/** Counters that expire; Redis when REDIS_URL is set (shared by every API instance). */
export interface CounterStore {
  increment(key: string, windowSeconds: number): Promise<number>;
  get(key: string): Promise<number>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryCounterStore implements CounterStore {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  increment(key: string, windowSeconds: number): Promise<number> {
    const current = this.live(key);
    const next = { count: (current?.count ?? 0) + 1, expiresAt: current?.expiresAt ?? this.now() + windowSeconds * 1000 };
    this.counters.set(key, next);
    return Promise.resolve(next.count);
  }
  get(key: string): Promise<number> {
    return Promise.resolve(this.live(key)?.count ?? 0);
  }
  reset(key: string): Promise<void> {
    this.counters.delete(key);
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.counters.clear();
    return Promise.resolve();
  }
  private live(key: string): { count: number; expiresAt: number } | undefined {
    const c = this.counters.get(key);
    if (c && c.expiresAt <= this.now()) {
      this.counters.delete(key);
      return undefined;
    }
    return c;
  }
}

export class RedisCounterStore implements CounterStore {
  private readonly redis: Redis;
  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }
  async increment(key: string, windowSeconds: number): Promise<number> {
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec()) as [[Error | null, number]];
    return count;
  }
  async get(key: string): Promise<number> {
    return Number((await this.redis.get(key)) ?? 0);
  }
  async reset(key: string): Promise<void> {
    await this.redis.del(key);
  }
  async close(): Promise<void> {
    await this.redis.quit();
  }
}

export const SIGN_IN_LIMITS = {
  /** Failed attempts on one account before it is locked for the window. */
  perAccount: 4,
  /** Failed attempts from one address (any account) before it is locked. */
  perIp: 20,
  windowSeconds: 15 * 60,
};

/**
 * Counts failed sign-ins per account and per address. After `perAccount` failures the next
 * attempt on that account is refused for the rest of the window, whatever the password:
 * the fifth rapid failure is throttled. Accounts are keyed by a hash of the e-mail, existing
 * or not, so the lock says nothing about which e-mails exist.
 */
@Injectable()
export class SignInThrottle implements OnModuleDestroy {
  private readonly store: CounterStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = config.redisUrl ? new RedisCounterStore(config.redisUrl) : new MemoryCounterStore();
  }

  private keys(email: string, ip: string | undefined): { account: string; ip: string } {
    const h = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return { account: `kenes:signin:acct:${h}`, ip: `kenes:signin:ip:${ip ?? 'unknown'}` };
  }

  /** Minutes until the lock ends, or 0 when the attempt may proceed. */
  async lockedFor(email: string, ip: string | undefined): Promise<number> {
    const k = this.keys(email, ip);
    const [acct, addr] = await Promise.all([this.store.get(k.account), this.store.get(k.ip)]);
    return acct >= SIGN_IN_LIMITS.perAccount || addr >= SIGN_IN_LIMITS.perIp ? Math.ceil(SIGN_IN_LIMITS.windowSeconds / 60) : 0;
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    await Promise.all([this.store.increment(k.account, SIGN_IN_LIMITS.windowSeconds), this.store.increment(k.ip, SIGN_IN_LIMITS.windowSeconds)]);
  }

  async recordSuccess(email: string, ip: string | undefined): Promise<void> {
    await this.store.reset(this.keys(email, ip).account);
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}
