/**
 * The entry of a worker thread of a parallel check (see pool.ts): it serves the batches the main
 * thread sends and runs no command. In the build, dist/cli-worker.js, which loads dist/cli-commands.js.
 */
import { startWorker } from './commands';

startWorker();
