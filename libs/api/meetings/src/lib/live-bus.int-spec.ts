import { MemoryTransport, RedisTransport, channelIterator, type LiveTransport } from './live-bus';

/** Redis is part of the machine (127.0.0.1:6379) in development and CI. */
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const settle = () => new Promise((r) => setTimeout(r, 100));

describe('live fan-out', () => {
  it('delivers across two API instances through Redis, in order, and stops after return()', async () => {
    const a = new RedisTransport(REDIS_URL, `kenes:test:${process.pid}:`);
    const b = new RedisTransport(REDIS_URL, `kenes:test:${process.pid}:`);
    try {
      const onA = channelIterator(a, 'meeting:1', (m) => JSON.parse(m) as { n: number });
      const onA2 = channelIterator(a, 'meeting:1', (m) => JSON.parse(m) as { n: number });
      await settle();
      for (let n = 1; n <= 3; n++) await b.publish('meeting:1', JSON.stringify({ n }));
      await b.publish('meeting:2', JSON.stringify({ n: 99 }));
      const got = [await onA.next(), await onA.next(), await onA.next()].map((r) => (r.value as { n: number }).n);
      expect(got).toEqual([1, 2, 3]);
      expect((await onA2.next()).value).toEqual({ n: 1 });
      await onA.return?.();
      await onA2.return?.();
      expect(await onA.next()).toEqual({ value: undefined, done: true });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.each<[string, () => LiveTransport]>([
    ['memory', () => new MemoryTransport()],
    ['redis', () => new RedisTransport(REDIS_URL, `kenes:test:${process.pid}:m:`)],
  ])('buffers what arrives between reads, keeps the latest 100, and unsubscribes (%s)', async (_name, make) => {
    const t = make();
    try {
      const it = channelIterator(t, 'c', (m) => Number(m));
      const first = it.next();
      await settle();
      for (let i = 0; i < 150; i++) await t.publish('c', String(i));
      await settle();
      expect((await first).value).toBe(0);
      const rest: number[] = [];
      for (let i = 0; i < 100; i++) rest.push((await it.next()).value as number);
      // 149 arrived while no one read: the oldest were dropped, the newest kept.
      expect(rest.at(-1)).toBe(149);
      expect(rest).toHaveLength(100);
      await it.return?.();
      await t.publish('c', 'after');
      expect(await it.next()).toEqual({ value: undefined, done: true });
    } finally {
      await t.close();
    }
  });
});
