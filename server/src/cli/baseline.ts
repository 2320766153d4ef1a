/**
 * `--baseline FILE`: adopt mplan on an existing plan. The baseline records today's findings by rule,
 * file and the entity they sit in (a campaign's id, a segment's id...), with a count, never by line,
 * so edits that move lines keep it valid; only findings beyond the recorded counts are reported.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ScopeAnalysis } from '../engine/analyze';
import type { Finding } from '../engine/findings';
import { enclosingEntity } from '../engine/query/entity-at';
import type { FileModel } from '../engine/model/types';
import { LoadError } from '../engine/project/disk';

export interface BaselineData {
  version: 1;
  /** file (relative to the baseline's folder, `/`-separated) -> `CODE kind:id` -> count */
  findings: Record<string, Record<string, number>>;
}

/** `CODE kind:id`, or `CODE file` for a finding outside any entity. */
function keyOf(f: Finding, models: ReadonlyMap<string, FileModel>): string {
  const model = models.get(f.file);
  const entity = model ? enclosingEntity(model, f.span.offset) : undefined;
  return entity ? `${f.code} ${entity.kind}:${entity.id}` : `${f.code} file`;
}

function modelsOf(analyses: readonly ScopeAnalysis[]): Map<string, FileModel> {
  const out = new Map<string, FileModel>();
  for (const a of analyses) for (const m of a.models) out.set(m.file.path, m);
  return out;
}

function relTo(baselineFile: string, file: string): string {
  return path.relative(path.dirname(baselineFile), file).split(path.sep).join('/');
}

export function baselineOf(findings: readonly Finding[], analyses: readonly ScopeAnalysis[], baselineFile: string): BaselineData {
  const models = modelsOf(analyses);
  const out: Record<string, Record<string, number>> = {};
  for (const f of findings) {
    if (f.suppressed) continue;
    const byKey = (out[relTo(baselineFile, f.file)] ??= {});
    const k = keyOf(f, models);
    byKey[k] = (byKey[k] ?? 0) + 1;
  }
  const sorted: Record<string, Record<string, number>> = {};
  for (const file of Object.keys(out).sort()) {
    sorted[file] = Object.fromEntries(Object.entries(out[file]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return { version: 1, findings: sorted };
}

export function writeBaseline(file: string, data: BaselineData): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  } catch (e) {
    throw new LoadError(`cannot write the baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? 'I/O error'}`);
  }
}

export function readBaseline(file: string): BaselineData {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(`cannot read the baseline ${file}: ${code ?? (e instanceof Error ? e.message : 'I/O error')}`);
  }
  const ok =
    typeof data === 'object' &&
    data !== null &&
    (data as { version?: unknown }).version === 1 &&
    typeof (data as { findings?: unknown }).findings === 'object' &&
    Object.values((data as BaselineData).findings ?? {}).every(
      (byKey) => typeof byKey === 'object' && byKey !== null && Object.values(byKey).every((n) => Number.isSafeInteger(n) && n > 0),
    );
  if (!ok) throw new LoadError(`${file} is not an mplan baseline (version 1): write it anew with --update-baseline`);
  return data as BaselineData;
}

export interface BaselineOutcome {
  /** The findings with those the baseline covers marked as suppressed (kept for SARIF). */
  findings: Finding[];
  matched: number;
  /** Baseline entries (counted) that no longer occur: fixed since. */
  stale: number;
}

/** Marks as suppressed the findings the baseline covers, up to its count per file, rule and entity, in order. */
export function applyBaseline(
  findings: readonly Finding[],
  analyses: readonly ScopeAnalysis[],
  baselineFile: string,
  data: BaselineData,
): BaselineOutcome {
  const models = modelsOf(analyses);
  const left = new Map<string, number>();
  for (const [file, byKey] of Object.entries(data.findings)) for (const [k, n] of Object.entries(byKey)) left.set(`${file}\u0000${k}`, n);
  let matched = 0;
  const out = findings.map((f) => {
    if (f.suppressed) return f;
    const k = `${relTo(baselineFile, f.file)}\u0000${keyOf(f, models)}`;
    const n = left.get(k) ?? 0;
    if (n <= 0) return f;
    left.set(k, n - 1);
    matched++;
    return { ...f, suppressed: true, suppression: 'baseline' as const };
  });
  const stale = [...left.values()].reduce((a, b) => a + b, 0);
  return { findings: out, matched, stale };
}
