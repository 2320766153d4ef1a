/**
 * The command a code lens carries, executed by the server itself
 * (`workspace/executeCommand`): it answers the places of the campaigns that use
 * a segment or product and of the findings contradicting it, and says them in
 * a message any client can show.
 */
import type { Location } from 'vscode-languageserver';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Entity } from '../../engine/model/types';
import type { SourceText } from '../../engine/text/source-file';
import { contradictionsOf } from './code-lens';
import { DEFAULT_LOCALE, type Locale } from '../../engine/messages/locale';
import { countText, editorTexts } from '../../engine/messages/editor';

/** The argument of the lens command: which entity of which document. */
export interface LensTarget {
  uri: string;
  kind: 'segment' | 'product';
  id: string;
}

export interface LensCommandContext {
  sourceOf: (path: string) => SourceText | undefined;
  uriOf: (path: string) => string;
  relOf: (path: string) => string;
  /** The language of the message (the client's). */
  locale?: Locale;
}

function place(ctx: LensCommandContext, file: string, offset: number, length: number): Location | undefined {
  const src = ctx.sourceOf(file);
  return src ? { uri: ctx.uriOf(file), range: src.rangeOf({ offset, length }) } : undefined;
}

const lineOf = (loc: Location | undefined): string => (loc ? `:${loc.range.start.line + 1}` : '');

export function executeLensCommand(
  analysis: ScopeAnalysis,
  kind: string,
  id: string,
  ctx: LensCommandContext,
): { locations: Location[]; message: string } | undefined {
  if (kind !== 'segment' && kind !== 'product') return undefined;
  const t = editorTexts(ctx.locale ?? DEFAULT_LOCALE);
  const entity: Entity | undefined = analysis.index.get(kind, id);
  if (!entity) return undefined;
  const campaigns = [
    ...new Set(
      analysis.index
        .referencesTo(entity)
        .filter((r) => r.owner.kind === 'campaign')
        .map((r) => r.owner),
    ),
  ];
  const locations: Location[] = [];
  const uses = campaigns.map((c) => {
    const r = c.idNode.range;
    const loc = r ? place(ctx, c.file.path, r[0], r[1] - r[0]) : undefined;
    if (loc) locations.push(loc);
    return `${c.id} (${ctx.relOf(c.file.path)}${lineOf(loc)})`;
  });
  const contradictions = contradictionsOf(entity, analysis.findings).map((f) => {
    const loc = place(ctx, f.file, f.span.offset, f.span.length);
    if (loc) locations.push(loc);
    return t('lens.contradictionIn', { code: f.code, place: `${ctx.relOf(f.file)}${lineOf(loc)}` });
  });
  const n = campaigns.length;
  const message = [
    `${t(`kind.${kind}`)} ${id}: ${countText(t, 'lens.campaigns', n)}${n ? `: ${uses.join(', ')}` : ''}`,
    contradictions.length
      ? `${countText(t, 'lens.contradictions', contradictions.length)}: ${contradictions.join(', ')}`
      : t('lens.noContradictions'),
  ].join('; ');
  return { locations, message };
}
