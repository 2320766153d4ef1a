/**
 * A worker of `parse-pool.ts` that takes every file and never answers, as a
 * worker that died would (tests/engine/parse-pool.test.ts).
 */
import { workerData } from 'node:worker_threads';

const { state } = workerData as { state: Int32Array };
for (let i = 0; i < state.length; i++) Atomics.store(state, i, 1);
