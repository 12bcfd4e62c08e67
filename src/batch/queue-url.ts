/**
 * The queue URL: `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS, and the run id's form. Pure: no
 * client (nor zod) is loaded, so the command line can check them cheaply.
 */

/** A run's name (`--run-id`, every job's `runId`): 1-64 letters, digits, `_`, `.` or `-`, starting with a letter or digit. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface RedisTarget {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
  /** The URL without its password, for messages and batch.json. */
  display: string;
}

export const DEFAULT_REDIS_PORT = 6379;

/** Exit status when Redis was lost mid-run (EX_TEMPFAIL: try again later; the coordinator's --resume completes it). */
export const EXIT_REDIS_LOST = 75;

/** Parses a queue URL; throws an Error with a one-line reason. */
export function parseRedisUrl(value: string): RedisTarget {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new Error(`'${value}' is not a URL like redis://host:6379/0`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new Error(`'${value}': the queue URL must start with redis:// or rediss://`);
  if (!u.hostname) throw new Error(`'${value}': the queue URL has no host`);
  const port = u.port ? Number(u.port) : DEFAULT_REDIS_PORT;
  const dbPart = u.pathname.replace(/^\//, '');
  if (dbPart !== '' && !/^\d+$/.test(dbPart))
    throw new Error(`'${value}': the database after the host must be a number, like redis://host:6379/0`);
  const db = dbPart === '' ? 0 : Number(dbPart);
  const username = u.username ? decodeURIComponent(u.username) : undefined;
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const auth = username ? `${u.username}${password ? ':***' : ''}@` : password ? ':***@' : '';
  return {
    host,
    port,
    db,
    username,
    password,
    tls: u.protocol === 'rediss:',
    display: `${u.protocol}//${auth}${u.host}/${db}`,
  };
}
