/**
 * The worker-thread module of `renja audit`, `extract` and `tables` (loaded from dist/batch/command-worker.js): one
 * document per task, on the same kind of pool as the batch (time limit, heap cap; see src/cli/isolate.ts). The
 * warm-up task starts the page threads first, so they load pdf.js on the other cores while this thread loads the
 * pipeline (src/pdf/page-threads.ts is light: it imports nothing of the pipeline).
 */
import type { CommandResult, CommandTask } from '../cli/command-task.js';
import { warmPageThreads } from '../pdf/page-threads.js';

export default async function runTask(task: CommandTask): Promise<CommandResult> {
  if (task.kind === 'ping' && (task.pageThreads ?? 1) > 1) warmPageThreads(task.pageThreads! - 1);
  const { runCommandTask } = await import('../cli/command-task.js');
  return runCommandTask(task);
}
