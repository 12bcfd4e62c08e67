/** Logs go to stderr (stdout carries data): pino writing to fd 2. */
import { pino, type Logger } from 'pino';

export function makeLogger(level: string = process.env.RENJA_LOG_LEVEL ?? 'warn'): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
