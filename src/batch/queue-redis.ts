/**
 * The Redis behind a batch queue: `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS), checked once
 * at start-up so an unreachable server is one clear error line (no retry storm), then a long-lived client that
 * rides out a short blip but gives up on a lost server, so the coordinator and workers can stop cleanly.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisTarget } from './queue-url.js';

export { parseRedisUrl, type RedisTarget } from './queue-url.js';

/** A reachable Redis answers in milliseconds; a host that drops packets should not hold the start-up for long. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Reconnects tried after a lost connection, RECONNECT_DELAY_MS apart: rides out a ~5 s blip, then gives up. */
export const RECONNECT_ATTEMPTS = 10;
export const RECONNECT_DELAY_MS = 500;

/** Raised when Redis cannot be reached at start-up: the CLI prints its message as the one error line. */
export class RedisUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

function baseOptions(t: RedisTarget): RedisOptions {
  return {
    host: t.host,
    port: t.port,
    db: t.db,
    username: t.username,
    password: t.password,
    tls: t.tls ? {} : undefined,
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}

/** The reason of a connection error in a few words (`connect ECONNREFUSED 127.0.0.1:6390`). */
function reason(err: unknown): string {
  const e = err as { message?: string } | undefined;
  return (e?.message ?? String(err)).replace(/\s+/g, ' ').trim();
}

/**
 * Connects to Redis or throws RedisUnavailableError after one try. The returned client is the one BullMQ shares
 * (it duplicates it for its blocking connections, with the same options): commands wait while it reconnects
 * (maxRetriesPerRequest null, as BullMQ requires), and after RECONNECT_ATTEMPTS failed reconnects it ends:
 * `onLost` is called once, with the reason.
 */
export interface RedisHandle {
  client: Redis;
  /** Closes the client without waiting on a server that may be gone; `onLost` is not called for it. */
  close(): void;
}

export async function connectRedis(t: RedisTarget, onLost: (reason: string) => void): Promise<RedisHandle> {
  let lastError = '';
  const probe = new Redis({
    ...baseOptions(t),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  probe.on('error', (err) => (lastError = reason(err)));
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    // No disconnect(): on a client that already ended it arms a timer that holds the process ~2 s.
    if (probe.status !== 'end') probe.disconnect();
    throw new RedisUnavailableError(`cannot reach Redis at ${t.display}: ${lastError || reason(err)}`);
  }
  probe.disconnect();

  const client = new Redis({
    ...baseOptions(t),
    maxRetriesPerRequest: null,
    keepAlive: 10_000,
    retryStrategy: (times) => (times <= RECONNECT_ATTEMPTS ? RECONNECT_DELAY_MS : null),
  });
  let lost = false;
  client.on('error', (err) => (lastError = reason(err)));
  client.on('end', () => {
    if (lost) return;
    lost = true;
    onLost(lastError || 'connection closed');
  });
  await new Promise<void>((resolve, reject) => {
    if (client.status === 'ready') return resolve();
    client.once('ready', () => resolve());
    client.once('end', () =>
      reject(new RedisUnavailableError(`cannot reach Redis at ${t.display}: ${lastError || 'connection closed'}`)),
    );
  });
  return {
    client,
    close: () => {
      lost = true;
      client.disconnect();
    },
  };
}
