/** The `renja` command line. */
import { Command } from 'commander';
import { auditCommand } from './audit-command.js';
import { batchCommand } from './batch-command.js';
import { extractCommand } from './extract-command.js';
import { kodeCommand } from './kode-command.js';
import { tablesCommand } from './tables-command.js';
import { workerCommand } from './worker-command.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('renja')
    .description('renja-audit: extract and cross-check the tables of Indonesian Renja PD documents')
    .version('0.1.0')
    // A usage error is one line (commander's `error: ...`); `--help` shows the options.
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride((err) => {
      // usage errors exit 2; --help and --version exit 0
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  // subcommands built with `new Command` do not inherit the exit and output settings unless copied
  for (const cmd of [auditCommand(), batchCommand(), extractCommand(), tablesCommand(), workerCommand(), kodeCommand()])
    program.addCommand(cmd.copyInheritedSettings(program));
  await program.parseAsync(argv);
}
