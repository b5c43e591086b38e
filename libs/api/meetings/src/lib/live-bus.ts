import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@kenes/api/core';

/**
 * Fan-out of live meeting events. In one process an EventEmitter is enough; with `REDIS_URL` set
 * every instance publishes to and listens on Redis, so the secretary, the members and the portal
 * may be served by different API instances and still see the same meeting.
 */
export interface LiveTransport {
  publish(channel: string, message: string): Promise<void>;
  /** Calls `listener` for every message on the channel until the returned function is called. */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class MemoryTransport implements LiveTransport {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(channel: string, message: string): Promise<void> {
    this.emitter.emit(channel, message);
    return Promise.resolve();
  }

  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    this.emitter.on(channel, listener);
    return Promise.resolve(() => {
      this.emitter.off(channel, listener);
      return Promise.resolve();
    });
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

/** One connection publishes; one subscribes to each channel once, however many listeners it has locally. */
export class RedisTransport implements LiveTransport {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly local = new MemoryTransport();
  private readonly counts = new Map<string, number>();

  constructor(url: string, private readonly prefix = 'kenes:live:') {
    this.pub = new Redis(url, { maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { maxRetriesPerRequest: null });
    this.sub.on('message', (channel: string, message: string) => {
      void this.local.publish(channel.slice(this.prefix.length), message);
    });
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.pub.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    const n = this.counts.get(channel) ?? 0;
    this.counts.set(channel, n + 1);
    const off = await this.local.subscribe(channel, listener);
    if (n === 0) await this.sub.subscribe(this.prefix + channel);
    return async () => {
      await off();
      const left = (this.counts.get(channel) ?? 1) - 1;
      if (left > 0) this.counts.set(channel, left);
      else {
        this.counts.delete(channel);
        await this.sub.unsubscribe(this.prefix + channel).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}

/**
 * An async iterator over a channel's messages, as GraphQL subscriptions want: it buffers what
 * arrives between two `next()` calls and unsubscribes when the client goes away (`return()`).
 */
export function channelIterator<T>(transport: LiveTransport, channel: string, parse: (message: string) => T): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: Array<(r: IteratorResult<T>) => void> = [];
  let done = false;
  const unsubscribe = transport.subscribe(channel, (message) => {
    if (done) return;
    const value = parse(message);
    const resolve = waiting.shift();
    if (resolve) resolve({ value, done: false });
    else if (queue.length < 100) queue.push(value);
    else {
      // A client this slow only needs the latest state: drop the oldest.
      queue.shift();
      queue.push(value);
    }
  });
  const finish = async (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      queue.length = 0;
      await (await unsubscribe)();
    }
    return { value: undefined, done: true };
  };
  return {
    async next(): Promise<IteratorResult<T>> {
      await unsubscribe;
      if (queue.length) return { value: queue.shift() as T, done: false };
      if (done) return { value: undefined, done: true };
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (e?: unknown) => {
      await finish();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

@Injectable()
export class LiveBus implements OnModuleDestroy {
  private readonly logger = new Logger('LiveBus');
  readonly transport: LiveTransport;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = config.redisUrl ? new RedisTransport(config.redisUrl) : new MemoryTransport();
  }

  /** Never fails the caller: a live update that cannot be delivered is logged, the record stands. */
  async publish<T>(channel: string, payload: T): Promise<void> {
    try {
      await this.transport.publish(channel, JSON.stringify(payload));
    } catch (e) {
      this.logger.warn(`live update on ${channel} not delivered: ${(e as Error).message}`);
    }
  }

  iterator<T>(channel: string, revive: (value: unknown) => T = (v) => v as T): AsyncIterableIterator<T> {
    return channelIterator(this.transport, channel, (m) => revive(JSON.parse(m)));
  }

  async onModuleDestroy(): Promise<void> {
    await this.transport.close();
  }
}
