/**
 * The language client's transport to the server's web Worker, which also says when the server is
 * gone: the browser's own transport (BrowserMessageReader) never reports a close, so a Worker that
 * died left the client waiting forever and the restart policy never ran. Here the reader closes (and
 * the client asks its `errorHandler.closed()`, as on desktop when the server process exits) when:
 *  - the Worker's `error` event fires: an uncaught error in the server (or its script failed to
 *    load); the Worker is terminated, since a browser keeps a Worker running after an uncaught error;
 *  - the server posts the `WorkerExitingNotice` (shared/protocol.ts), which the browser server posts
 *    right before every `self.close()` (a closed Worker gives its parent no event).
 * Disposing the reader (the client stopped or restarts) terminates the Worker.
 */
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  Emitter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageclient/browser';
import { isWorkerExitingNotice } from '../../shared/protocol';
import type { ServerWorker } from './server-worker';

/** Why the server's Worker is taken for gone. */
export type WorkerEnd = { kind: 'error'; message: string } | { kind: 'exiting' };

class WorkerMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly data = new Emitter<Message>();
  private ended = false;

  constructor(
    private readonly worker: ServerWorker,
    private readonly onEnd: (end: WorkerEnd) => void,
  ) {
    super();
    worker.onmessage = (event) => {
      if (this.ended) return;
      if (isWorkerExitingNotice(event.data)) this.end({ kind: 'exiting' });
      else this.data.fire(event.data as Message);
    };
    worker.onerror = (event) => {
      // Handled here: not an uncaught error of the extension host itself.
      event.preventDefault();
      if (!this.ended) this.end({ kind: 'error', message: event.message || 'an error without a message' });
    };
  }

  listen(callback: DataCallback): Disposable {
    return this.data.event(callback);
  }

  private end(end: WorkerEnd): void {
    this.ended = true;
    this.worker.terminate();
    this.onEnd(end);
    this.fireClose();
  }

  override dispose(): void {
    this.ended = true;
    this.worker.terminate();
    super.dispose();
  }
}

class WorkerMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly worker: ServerWorker) {
    super();
  }

  write(msg: Message): Promise<void> {
    try {
      this.worker.postMessage(msg);
      return Promise.resolve();
    } catch (error) {
      this.fireError(error, msg, ++this.errors);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  end(): void {}
}

/** The reader and writer of one server Worker; `onEnd` hears why it is taken for gone (once). */
export function workerTransports(worker: ServerWorker, onEnd: (end: WorkerEnd) => void): { reader: MessageReader; writer: MessageWriter } {
  return { reader: new WorkerMessageReader(worker, onEnd), writer: new WorkerMessageWriter(worker) };
}
