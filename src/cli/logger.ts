/**
 * The one logger: pino writing JSON lines to stderr (fd 2; stdout carries data). Every command takes
 * `--log-level`, which falls back to RENJA_LOG_LEVEL, then to the command's default.
 *
 * Logs are for what happened inside (documents started and done, timings, queue events). What the user must see
 * whatever the level is not logged but written as plain text: the one line per failed document, progress, usage.
 */
import { pino, type Logger } from 'pino';
import { envLogLevel, type LogLevel } from './log-level.js';

export { envLogLevel, LOG_LEVEL_ENV, LOG_LEVELS, logLevelOption, type LogLevel } from './log-level.js';

export function makeLogger(level: LogLevel = envLogLevel()): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}

export type { Logger };
