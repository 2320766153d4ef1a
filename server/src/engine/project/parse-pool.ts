/**
 * Parse files on worker threads while the main thread reads what they parsed
 * (`mplan check` on a large plan: the machine's other cores parse).
 *
 * The loader stays synchronous: it asks for one file at a time (`take`), in
 * its own order. Files are shared out through shared memory: a worker takes
 * the next file nobody has taken (from the front); the main thread parses the
 * file it needs when nobody has taken it yet, and while it waits for a file a
 * worker is parsing, it parses files nobody has taken from the back. A worker
 * posts a file as plain data (`parse/transfer.ts`), which the main thread
 * turns into `yaml` nodes again; a file the transfer cannot write is parsed
 * by the main thread. Whoever parses a file, the result is the same
 * (`tests/engine/parse-pool.test.ts` and the differential test of the CLI).
 *
 * A worker that stops answering (none should: a failure inside one is a
 * reply saying why, and one that cannot start is no error) costs one wait of
 * `stallMs` plus 10 s per MB of the file it took (about six times what a file
 * takes to parse here): the main thread then parses everything left itself.
 * Whoever parses a file, its result is the same; only the time differs. A
 * thread that cannot be created at all makes the constructor throw, and the
 * loader parses alone.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import * as path from 'node:path';
import { parseFile, type ParsedFile } from '../parse/parse-file';
import { unpackParsedFile, type PackedFile } from '../parse/transfer';

/** One file to parse: its path and text. */
export interface ParseJob {
  path: string;
  text: string;
}

/** What a worker posts for a file: the file as plain data, or why the main thread must parse it. */
export type ParseReply = { index: number; packed: PackedFile } | { index: number; refused: string };

export const TAKEN_BY_WORKER = 1;
const TAKEN_BY_MAIN = 2;

export interface PoolOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** False: the main thread parses nothing a worker could (tests: every file crosses threads). Default true. */
  mainParses?: boolean;
  /** How long the main thread waits for a worker that posts nothing before parsing the rest itself (ms), plus 10 ms per KB of the file it waits for. Default 5000. */
  stallMs?: number;
  /** Tests: the script the workers run instead of `parse-worker.js`. */
  workerScript?: string;
}

/** Who parsed how many files (for the benchmark and the tests). */
export interface PoolCounts {
  /** Files parsed on a worker and taken across. */
  crossed: number;
  /** Files the main thread parsed (nobody had taken them, or a worker could not write them). */
  main: number;
  /** Files a worker parsed but could not write as plain data (the main thread parsed them again). */
  refused: number;
}

export class ParsePool {
  private readonly index = new Map<string, number>();
  private readonly state: Int32Array;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  private readonly workers: Worker[] = [];
  private readonly ports: MessagePort[] = [];
  private readonly replies = new Map<number, ParseReply>();
  /** Files the main thread parsed ahead (taken from the back while it waited). */
  private readonly ahead = new Map<number, ParsedFile>();
  private back: number;
  private abandoned = false;
  readonly counts: PoolCounts = { crossed: 0, main: 0, refused: 0 };

  constructor(
    private readonly jobs: readonly ParseJob[],
    private readonly options: PoolOptions,
  ) {
    jobs.forEach((j, i) => this.index.set(j.path, i));
    this.state = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs.length)));
    this.back = jobs.length - 1;
    const next = new Int32Array(new SharedArrayBuffer(4));
    for (let w = 0; w < Math.max(1, options.workers); w++) {
      const { port1, port2 } = new MessageChannel();
      let worker: Worker;
      try {
        worker = new Worker(options.workerScript ?? path.join(__dirname, 'parse-worker.js'), {
          workerData: { jobs, state: this.state, next, done: this.done, port: port2 },
          transferList: [port2],
          // A small young generation: measured at 10k campaigns, 3.85-4.19 s and 367-372 MiB against 3.99-4.29 s and 397-408 MiB by default.
          resourceLimits: { maxYoungGenerationSizeMb: 8 },
        });
      } catch (e) {
        // No thread (a limit on threads, a bad script path): whatever started stops, and the caller parses alone.
        port1.close();
        void this.close();
        throw e;
      }
      // The process never waits for a worker: the main thread has what it needs when it asks.
      worker.unref();
      // A worker that fails once started posts nothing: the main thread parses its files (see `take`).
      worker.on('error', () => undefined);
      this.workers.push(worker);
      this.ports.push(port1);
    }
  }

  /** The file parsed (by a worker or here), or undefined when it is not one of the pool's files. */
  take(file: string): ParsedFile | undefined {
    const i = this.index.get(file);
    if (i === undefined) return undefined;
    const early = this.ahead.get(i);
    if (early) {
      this.ahead.delete(i);
      return early;
    }
    if (this.claim(i)) return this.parseHere(i);
    for (;;) {
      const seen = Atomics.load(this.done, 0);
      this.drain();
      const reply = this.replies.get(i);
      if (reply) {
        this.replies.delete(i);
        return this.fromReply(reply);
      }
      if (this.abandoned) return this.parseHere(i);
      if (this.options.mainParses !== false) {
        const j = this.claimFromBack();
        if (j >= 0) {
          this.ahead.set(j, this.parseHere(j));
          continue;
        }
      }
      // The worker that took file i is parsing it: give it the time that file's size asks (10 s per MB, about
      // six times what it takes) before taking it for stopped.
      const allowance = (this.options.stallMs ?? 5000) + this.jobs[i].text.length / 100;
      if (Atomics.wait(this.done, 0, seen, allowance) === 'timed-out') this.abandoned = true;
    }
  }

  /** Stop the workers (what they have not parsed is not needed); resolves once they have ended. */
  close(): Promise<void> {
    for (const p of this.ports) p.close();
    return Promise.all(this.workers.map((w) => w.terminate())).then(() => undefined);
  }

  private claim(i: number): boolean {
    return this.options.mainParses !== false && Atomics.compareExchange(this.state, i, 0, TAKEN_BY_MAIN) === 0;
  }

  /** The last file nobody has taken, now the main thread's; -1 when none is left. */
  private claimFromBack(): number {
    while (this.back >= 0) {
      const j = this.back--;
      if (Atomics.compareExchange(this.state, j, 0, TAKEN_BY_MAIN) === 0) return j;
    }
    return -1;
  }

  private drain(): void {
    for (const port of this.ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const reply = m.message as ParseReply;
        this.replies.set(reply.index, reply);
      }
    }
  }

  private fromReply(reply: ParseReply): ParsedFile {
    const job = this.jobs[reply.index];
    if ('refused' in reply) {
      this.counts.refused++;
      return this.parseHere(reply.index);
    }
    this.counts.crossed++;
    return unpackParsedFile(job.path, job.text, reply.packed);
  }

  private parseHere(i: number): ParsedFile {
    this.counts.main++;
    return parseFile(this.jobs[i].path, this.jobs[i].text);
  }
}
