import { randomUUID } from 'node:crypto';
import { MemoryCounterStore, RedisCounterStore, SIGN_IN_LIMITS, SignInThrottle, type CounterStore } from './sign-in-throttle';
import { loadConfig } from '@kenes/api/core';

/** Redis is part of the machine (127.0.0.1:6379) in development and CI. */
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('sign-in throttle', () => {
  describe.each([
    ['memory', () => new MemoryCounterStore()],
    ['redis', () => new RedisCounterStore(REDIS_URL)],
  ] as Array<[string, () => CounterStore]>)('%s counters', (_name, make) => {
    let store: CounterStore;
    beforeAll(() => {
      store = make();
    });
    afterAll(async () => {
      await store.close();
    });

    it('counts, reads and resets within a window', async () => {
      const key = `kenes:test:${randomUUID()}`;
      expect(await store.get(key)).toBe(0);
      expect(await store.increment(key, 60)).toBe(1);
      expect(await store.increment(key, 60)).toBe(2);
      expect(await store.get(key)).toBe(2);
      await store.reset(key);
      expect(await store.get(key)).toBe(0);
    });

    it('forgets a count when its window ends', async () => {
      const key = `kenes:test:${randomUUID()}`;
      await store.increment(key, 1);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await store.get(key)).toBe(0);
    });
  });

  it('locks an account after the allowed failures, shared by two instances through Redis', async () => {
    const config = loadConfig({ REDIS_URL }, '/tmp');
    const a = new SignInThrottle(config);
    const b = new SignInThrottle(config);
    const email = `${randomUUID()}@example.kz`;
    const ip = `test-${randomUUID()}`;
    try {
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
        expect(await (i % 2 ? a : b).lockedFor(email, ip)).toBe(0);
        await (i % 2 ? a : b).recordFailure(email, ip);
      }
      expect(await a.lockedFor(email, ip)).toBe(15);
      expect(await b.lockedFor(email, ip)).toBe(15);
      await a.recordSuccess(email, ip);
      expect(await b.lockedFor(email, ip)).toBe(0);
    } finally {
      await a.onModuleDestroy();
      await b.onModuleDestroy();
    }
  });
});
