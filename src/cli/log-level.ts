/**
 * `--log-level` and RENJA_LOG_LEVEL, apart from the logger itself (src/cli/logger.ts) so defining the commands does
 * not load pino.
 */
import { Option } from 'commander';

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
