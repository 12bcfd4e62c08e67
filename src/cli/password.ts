/**
 * Where the password of encrypted PDFs comes from: `--password-file FILE` (its first line), else `--password P`
 * (kept for convenience, but visible to every user of the machine in `ps`), else the RENJA_PDF_PASSWORD
 * environment variable. Every file is first opened without a password (src/pdf/load.ts), so the password
 * is only used for files that need it.
 */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';

export const PASSWORD_ENV = 'RENJA_PDF_PASSWORD';

export interface PasswordFlags {
  password?: string;
  passwordFile?: string;
}

/** The first line of a password file, without its line end; a file that cannot be read is a usage error. */
export function readPasswordFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InvalidArgumentError(
      `cannot read password file ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return text.split(/\r?\n/)[0];
}

/** The password to try on files that need one, or undefined for none. */
export function resolvePassword(flags: PasswordFlags, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flags.passwordFile !== undefined) return readPasswordFile(flags.passwordFile);
  if (flags.password !== undefined) return flags.password;
  const fromEnv = env[PASSWORD_ENV];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/**
 * resolvePassword for a command's action: an unreadable password file is told in one line with exit 2 (usage),
 * and the command does nothing (null).
 */
export function commandPassword(flags: PasswordFlags): { password: string | undefined } | null {
  try {
    return { password: resolvePassword(flags) };
  } catch (err) {
    process.stderr.write(`renja: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return null;
  }
}

/** `--password` and `--password-file`, shared by every command that opens PDFs. */
export function passwordOptions(): Option[] {
  return [
    new Option(
      '--password <password>',
      `password for encrypted PDFs (visible to other users in ps: prefer --password-file or ${PASSWORD_ENV})`,
    ).conflicts('passwordFile'),
    new Option('--password-file <file>', 'read the password for encrypted PDFs from the first line of this file'),
  ];
}
