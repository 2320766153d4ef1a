/**
 * What a webview reports back to its panel, for the test hooks both panels (the plan map, the
 * timeline and budget) offer: renders awaited by a predicate, and simulated user actions answered.
 */
export class RenderReports<S> {
  private latest: S | undefined;
  private waiters: { pred: (s: S) => boolean; resolve: (s: S) => void }[] = [];

  constructor(private readonly label: string) {}

  get last(): S | undefined {
    return this.latest;
  }

  clear(): void {
    this.latest = undefined;
  }

  /** The webview rendered: resolves the waiters whose predicate holds. */
  reported(s: S): void {
    this.latest = s;
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.pred(s)) w.resolve(s);
      else this.waiters.push(w);
    }
  }

  /** Resolves with the first render (after now) that satisfies `pred`. */
  next(pred: (s: S) => boolean, timeoutMs: number): Promise<S> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`${this.label}: no matching render within ${timeoutMs} ms (last: ${JSON.stringify(this.latest)})`));
      }, timeoutMs);
      const done = (s: S): void => {
        clearTimeout(t);
        resolve(s);
      };
      this.waiters.push({ pred, resolve: done });
    });
  }
}

/** Simulated user actions sent to a webview, answered in order (false when no answer comes in time). */
export class SimulationAnswers {
  private waiters: ((ok: boolean) => void)[] = [];

  ask(send: () => void, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = (ok: boolean): void => {
        clearTimeout(t);
        resolve(ok);
      };
      this.waiters.push(done);
      send();
    });
  }

  answered(ok: boolean): void {
    this.waiters.shift()?.(ok);
  }
}
