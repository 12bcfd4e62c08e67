/**
 * The worker-thread module of `renja audit`, `extract` and `tables` (loaded from dist/batch/command-worker.js): one
 * document per task, on the same kind of pool as the batch (time limit, heap cap; see src/cli/isolate.ts).
 */
import { runCommandTask } from '../cli/command-task.js';

export default runCommandTask;
