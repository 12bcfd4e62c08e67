/** The `renja` command line. */
import { Command } from 'commander';
import { auditCommand } from './audit-command.js';
import { extractCommand } from './extract-command.js';
import { tablesCommand } from './tables-command.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('renja')
    .description('renja-audit: extract and cross-check the tables of Indonesian Renja PD documents')
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride((err) => {
      // usage errors exit 2; --help and --version exit 0
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  program.addCommand(auditCommand());
  program.addCommand(extractCommand());
  program.addCommand(tablesCommand());
  await program.parseAsync(argv);
}
