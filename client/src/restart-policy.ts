/**
 * The server's restart policy: restart after a crash, but give up after repeated crashes within a few
 * minutes and tell the user where the log is and how to restart by hand. Never loops.
 */
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type Message,
} from 'vscode-languageclient/lib/common/api';

export interface RestartPolicyOptions {
  /** Crashes tolerated within `windowMs`; the next one stops the restarts. */
  maxRestarts: number;
  windowMs: number;
  now?: () => number;
  /** Called once when the policy gives up (shows the message in the extension). */
  onGiveUp(crashes: number): void;
  /** Called on every automatic restart (for the log). */
  onRestart?(crashes: number): void;
}

export const DEFAULT_MAX_RESTARTS = 4;
export const DEFAULT_WINDOW_MS = 3 * 60 * 1000;

export class RestartPolicy implements ErrorHandler {
  private crashes: number[] = [];
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly opts: RestartPolicyOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Crashes within the window. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  get gaveUp(): boolean {
    return this.stopped;
  }

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // A few transport errors in a row are tolerated; more than that shut the connection down (and
    // `closed` decides about a restart).
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    if (this.stopped) return { action: CloseAction.DoNotRestart, handled: true };
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.opts.windowMs);
    this.crashes.push(t);
    if (this.crashes.length > this.opts.maxRestarts) {
      this.stopped = true;
      this.opts.onGiveUp(this.crashes.length);
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.opts.onRestart?.(this.crashes.length);
    return { action: CloseAction.Restart, handled: true };
  }

  /** After a restart by hand (Restart Server), start counting afresh. */
  reset(): void {
    this.crashes = [];
    this.stopped = false;
  }
}
