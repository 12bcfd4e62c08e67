/**
 * The one logger: pino writing JSON lines to stderr (fd 2; stdout carries data). Every command takes
 * `--log-level`, which falls back to RENJA_LOG_LEVEL, then to the command's default.
 *
 * Logs are for what happened inside (documents started and done, timings, queue events). What the user must see
 * whatever the level is not logged but written as plain text: the one line per failed document, progress, usage.
 */
import { Option } from 'commander';
import { pino, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_LEVEL_ENV = 'RENJA_LOG_LEVEL';

const isLogLevel = (s: string | undefined): s is LogLevel => LOG_LEVELS.includes(s as LogLevel);

/** RENJA_LOG_LEVEL when it names a level, else `fallback`. */
export function envLogLevel(fallback: LogLevel = 'warn', env: NodeJS.ProcessEnv = process.env): LogLevel {
  const v = env[LOG_LEVEL_ENV];
  return isLogLevel(v) ? v : fallback;
}

/** `--log-level`, shared by every command: checked against the levels, RENJA_LOG_LEVEL when not given. */
export function logLevelOption(defaultLevel: LogLevel = 'warn'): Option {
  return new Option('--log-level <level>', 'log level on stderr')
    .choices(LOG_LEVELS)
    .env(LOG_LEVEL_ENV)
    .default(defaultLevel);
}

export function makeLogger(level: LogLevel = envLogLevel()): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}

export type { Logger };
