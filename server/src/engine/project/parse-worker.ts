/**
 * A worker thread of `parse-pool.ts`: takes the next file nobody has taken,
 * parses it as `parseFile` does and posts it back as plain data
 * (`parse/transfer.ts`), or says why not, until no file is left.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { parseFile } from '../parse/parse-file';
import { packParsedFile } from '../parse/transfer';
import { TAKEN_BY_WORKER, type ParseJob, type ParseReply } from './parse-pool';

const { jobs, state, next, done, port } = workerData as {
  jobs: ParseJob[];
  state: Int32Array;
  next: Int32Array;
  done: Int32Array;
  port: MessagePort;
};

for (;;) {
  const i = Atomics.add(next, 0, 1);
  if (i >= jobs.length) break;
  // The main thread may have taken this file already: then it is its own.
  if (Atomics.compareExchange(state, i, 0, TAKEN_BY_WORKER) !== 0) continue;
  let reply: ParseReply;
  try {
    const result = packParsedFile(parseFile(jobs[i].path, jobs[i].text));
    reply = 'packed' in result ? { index: i, packed: result.packed } : { index: i, refused: result.refused };
  } catch (e) {
    reply = { index: i, refused: e instanceof Error ? e.message : String(e) };
  }
  try {
    port.postMessage(reply, 'packed' in reply ? [reply.packed.tree.buffer as ArrayBuffer] : []);
  } catch (e) {
    // A value that cannot be cloned: the main thread parses the file.
    port.postMessage({ index: i, refused: e instanceof Error ? e.message : String(e) } satisfies ParseReply);
  }
  // Counted after the post: a main thread that saw the count saw the message too.
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
}
port.close();
