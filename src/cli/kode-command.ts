/** `renja kode`: look a code or a name up in the official nomenclature shipped with renja-audit. */
import { Command, Option, InvalidArgumentError } from 'commander';
import { JENIS, type Jenis } from '../nomenklatur/jenis.js';

const NOMENKLATUR_FLAGS = '--nomenklatur <version>';

/**
 * `--nomenklatur`: taken as given while parsing and checked by `checkNomenklatur` just before the command runs, so
 * the shipped data (and zod, its schema) load only for a command that runs with the option, never for `--help`.
 */
export function nomenklaturOption(
  description = 'check codes against this nomenclature version (2023, sipd-2027); default: the one for the plan year',
): Option {
  return new Option(NOMENKLATUR_FLAGS, description);
}

/**
 * A `preAction` hook: `--nomenklatur` must name a version the shipped data holds. Otherwise a usage error (exit 2),
 * worded as commander words a bad option argument.
 */
export async function checkNomenklatur(cmd: Command): Promise<void> {
  const value = cmd.opts<{ nomenklatur?: string }>().nomenklatur;
  if (value === undefined) return;
  const [{ loadNomenklatur }, { covered }] = await Promise.all([
    import('../nomenklatur/data.js'),
    import('../nomenklatur/version.js'),
  ]);
  const nom = loadNomenklatur();
  if (!nom.version(value))
    cmd.error(
      `error: option '${NOMENKLATUR_FLAGS}' argument '${value}' is invalid. unknown nomenclature version '${value}' (available: ${covered(nom)})`,
      { code: 'commander.invalidArgument' },
    );
}

interface KodeCommandOptions {
  nomenklatur?: string;
  jenis?: Jenis;
  limit: number;
}

export function kodeCommand(): Command {
  return new Command('kode')
    .description('Look a program/kegiatan/sub kegiatan code or name up in the official nomenclature')
    .argument('<code-or-name...>', 'a code (7.01.01.2.05.0002, 7.1.1.2.5.2) or words of a name')
    .addOption(nomenklaturOption('only this version'))
    .addOption(new Option('--jenis <jenis>', 'only this list').choices(JENIS))
    .addOption(
      new Option('--limit <n>', 'name queries: entries per list').default(5).argParser((v) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
        return n;
      }),
    )
    .hook('preAction', checkNomenklatur)
    .action(async (words: string[], o: KodeCommandOptions) => {
      const [{ loadNomenklatur }, { formatLookup, lookup }] = await Promise.all([
        import('../nomenklatur/data.js'),
        import('../nomenklatur/lookup.js'),
      ]);
      const nom = loadNomenklatur();
      const query = words.join(' ');
      const r = lookup(nom, query, { version: o.nomenklatur, jenis: o.jenis, limit: o.limit });
      process.stdout.write(formatLookup(query, r, nom));
      if (!r.hits.length) process.exitCode = 1;
    });
}
