/** `renja kode`: look a code or a name up in the official nomenclature shipped with renja-audit. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { JENIS, loadNomenklatur, type Jenis } from '../nomenklatur/data.js';
import { formatLookup, lookup } from '../nomenklatur/lookup.js';
import { covered } from '../nomenklatur/version.js';

/** `--nomenklatur`: a version the shipped data holds (checked when given, so the data loads only then). */
export function nomenklaturVersion(value: string): string {
  const nom = loadNomenklatur();
  if (!nom.version(value))
    throw new InvalidArgumentError(`unknown nomenclature version '${value}' (available: ${covered(nom)})`);
  return value;
}

export function nomenklaturOption(): Option {
  return new Option(
    '--nomenklatur <version>',
    'check codes against this nomenclature version (2023, sipd-2027); default: the one for the plan year',
  ).argParser(nomenklaturVersion);
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
    .addOption(new Option('--nomenklatur <version>', 'only this version').argParser(nomenklaturVersion))
    .addOption(new Option('--jenis <jenis>', 'only this list').choices(JENIS))
    .addOption(
      new Option('--limit <n>', 'name queries: entries per list').default(5).argParser((v) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
        return n;
      }),
    )
    .action((words: string[], o: KodeCommandOptions) => {
      const nom = loadNomenklatur();
      const query = words.join(' ');
      const r = lookup(nom, query, { version: o.nomenklatur, jenis: o.jenis, limit: o.limit });
      process.stdout.write(formatLookup(query, r, nom));
      if (!r.hits.length) process.exitCode = 1;
    });
}
