/**
 * A real Redis for the queue tests: REDIS_URL when set (CI starts one; it must be a scratch server), else a
 * `redis-server` from PATH started on a free port for the test file. Also a TCP proxy in front of it, whose death
 * is how the tests lose Redis mid-run without touching the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Need } from '../helpers/needs.js';

export interface TestRedis {
  host: string;
  port: number;
  /** redis://host:port/db */
  url(db?: number): string;
  stop(): Promise<void>;
}

export function redisServerOnPath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const f = path.join(dir, 'redis-server');
    if (dir && existsSync(f)) return f;
  }
  return null;
}

/** Whether the queue tests can have a Redis: decided synchronously, so the tests that need one can be declared. */
export function redisNeed(): Need {
  const ok = Boolean(process.env.REDIS_URL) || redisServerOnPath() !== null;
  return { what: 'queue', missing: ok ? null : 'no redis-server on PATH and REDIS_URL unset' };
}

/** A port nobody listens on (just released by us). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function ping(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect(port, host);
    sock.setTimeout(500);
    sock.once('connect', () => sock.write('PING\r\n'));
    sock.once('data', (d) => {
      sock.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    sock.once('error', () => resolve(false));
    sock.once('timeout', () => {
      sock.destroy();
      resolve(false);
    });
  });
}

export async function startRedis(): Promise<TestRedis> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    const u = new URL(fromEnv);
    const host = u.hostname;
    const port = Number(u.port || 6379);
    return { host, port, url: (db = 0) => `redis://${host}:${port}/${db}`, stop: async () => undefined };
  }
  const bin = redisServerOnPath();
  if (!bin) throw new Error('no Redis: set REDIS_URL or put redis-server on PATH');
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const t0 = Date.now();
  while (!(await ping('127.0.0.1', port))) {
    if (Date.now() - t0 > 10_000 || child.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: '127.0.0.1',
    port,
    url: (db = 0) => `redis://127.0.0.1:${port}/${db}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export interface TcpProxy {
  port: number;
  /** Drops every connection and stops listening: to its clients, Redis is gone. */
  kill(): Promise<void>;
}

export async function startProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    kill: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
