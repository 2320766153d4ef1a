/** Code lens on segments and products: "3 campaigns · 1 contradiction". */
import type { CodeLens } from 'vscode-languageserver';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Entity, FileModel } from '../../engine/model/types';
import { spanOf } from '../../engine/parse/yaml-nodes';
import type { Finding } from '../../engine/findings';
import type { LensTarget } from './lens-command';
import { SHOW_USES_COMMAND } from '../../../../shared/protocol';

/** Findings that contradict the entity: their related place lies inside its map. */
export function contradictionsOf(e: Entity, findings: readonly Finding[]): Finding[] {
  const r = e.map.range;
  if (!r) return [];
  return findings.filter(
    (f) => !f.suppressed && f.related.some((x) => x.file === e.file.path && x.span.offset >= r[0] && x.span.offset <= r[1]),
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every lens carries a command the server executes itself (`workspace/executeCommand`). */
export function codeLenses(model: FileModel, analysis: ScopeAnalysis, uri: string): CodeLens[] {
  const src = model.file.source;
  const lenses: CodeLens[] = [];
  const idx = analysis.index;
  for (const e of [...model.segments, ...model.products]) {
    const campaigns = idx
      .referencesTo(e)
      .filter((r) => r.owner.kind === 'campaign')
      .map((r) => r.owner);
    const n = new Set(campaigns).size;
    const c = contradictionsOf(e, analysis.findings).length;
    const range = src.rangeOf(spanOf(e.idNode, src));
    const target: LensTarget = { uri, kind: e.kind, id: e.id };
    lenses.push({
      range,
      command: { title: `${plural(n, 'campaign')} · ${plural(c, 'contradiction')}`, command: SHOW_USES_COMMAND, arguments: [target] },
    });
  }
  return lenses;
}
