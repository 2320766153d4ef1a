/** Code lens on segments and products: "3 campaigns · 1 contradiction". */
import type { CodeLens } from 'vscode-languageserver';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Entity, FileModel } from '../../engine/model/types';
import { spanOf } from '../../engine/parse/yaml-nodes';
import type { Finding } from '../../engine/findings';
import type { LensTarget } from './lens-command';
import { SHOW_USES_COMMAND } from '../../../../shared/protocol';
import { DEFAULT_LOCALE, type Locale } from '../../engine/messages/locale';
import { countText, editorTexts } from '../../engine/messages/editor';

/** Findings that contradict the entity: their related place lies inside its map. */
export function contradictionsOf(e: Entity, findings: readonly Finding[]): Finding[] {
  const r = e.map.range;
  if (!r) return [];
  return findings.filter(
    (f) => !f.suppressed && f.related.some((x) => x.file === e.file.path && x.span.offset >= r[0] && x.span.offset <= r[1]),
  );
}

/** Every lens carries a command the server executes itself (`workspace/executeCommand`); its title in the client's `locale`. */
export function codeLenses(model: FileModel, analysis: ScopeAnalysis, uri: string, locale: Locale = DEFAULT_LOCALE): CodeLens[] {
  const t = editorTexts(locale);
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
      command: {
        title: `${countText(t, 'lens.campaigns', n)} · ${countText(t, 'lens.contradictions', c)}`,
        command: SHOW_USES_COMMAND,
        arguments: [target],
      },
    });
  }
  return lenses;
}
