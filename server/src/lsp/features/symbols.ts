/** Document symbols (outline: plan, upstream and downstream entities) and workspace symbols. */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Entity, FileModel } from '../../engine/model/types';
import type { SourceText } from '../../engine/text/source-file';
import { spanOf } from '../../engine/parse/yaml-nodes';

const KIND: Record<Entity['kind'], SymbolKind> = {
  plan: SymbolKind.Namespace,
  research: SymbolKind.File,
  segment: SymbolKind.Class,
  channel: SymbolKind.Interface,
  product: SymbolKind.Module,
  valueProp: SymbolKind.Property,
  initiative: SymbolKind.Event,
  campaign: SymbolKind.Function,
};

const LABEL: Record<Entity['kind'], string> = {
  plan: 'plan', research: 'research', segment: 'segment', channel: 'channel', product: 'product', valueProp: 'value prop', initiative: 'initiative', campaign: 'campaign',
};

function symbol(e: Entity, src: SourceText, children?: DocumentSymbol[]): DocumentSymbol {
  const selection = spanOf(e.kind === 'plan' ? e.planKey : e.idNode, src);
  const body = spanOf(e.map, src);
  // The range must contain the selection: for the plan, from its `plan` key to the end of its map.
  const start = Math.min(selection.offset, body.offset);
  const range = src.rangeOf({ offset: start, length: Math.max(body.offset + body.length, selection.offset + selection.length) - start });
  const selectionRange = src.rangeOf(selection);
  const name = e.id || 'plan';
  const detail = 'name' in e && typeof e.name === 'string' ? `${LABEL[e.kind]} · ${e.name}` : LABEL[e.kind];
  return { name, detail, kind: KIND[e.kind], range, selectionRange, ...(children ? { children } : {}) };
}

function group(name: string, kind: SymbolKind, items: DocumentSymbol[]): DocumentSymbol | undefined {
  if (!items.length) return undefined;
  const range = { start: items[0].range.start, end: items[items.length - 1].range.end };
  return { name, kind, range, selectionRange: items[0].selectionRange, children: items };
}

export function documentSymbols(model: FileModel): DocumentSymbol[] {
  const src = model.file.source;
  const out: DocumentSymbol[] = [];
  if (model.plan) out.push(symbol(model.plan, src));
  const up = [
    group('research', SymbolKind.Array, model.research.map((e) => symbol(e, src))),
    group('segments', SymbolKind.Array, model.segments.map((e) => symbol(e, src))),
    group('channels', SymbolKind.Array, model.channels.map((e) => symbol(e, src))),
    group('products', SymbolKind.Array, model.products.map((p) => symbol(p, src, p.valueProps.map((v) => symbol(v, src))))),
    group('initiatives', SymbolKind.Array, model.initiatives.map((e) => symbol(e, src))),
  ].filter((g): g is DocumentSymbol => !!g);
  const upstream = group('upstream', SymbolKind.Namespace, up);
  if (upstream) out.push(upstream);
  const campaigns = group('campaigns', SymbolKind.Array, model.campaigns.map((e) => symbol(e, src)));
  const downstream = campaigns ? group('downstream', SymbolKind.Namespace, [campaigns]) : undefined;
  if (downstream) out.push(downstream);
  return out;
}

export function workspaceSymbols(models: readonly FileModel[], query: string, uriOf: (path: string) => string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const m of models) {
    const src = m.file.source;
    const all: Entity[] = [...m.research, ...m.segments, ...m.channels, ...m.products, ...m.valueProps, ...m.initiatives, ...m.campaigns];
    if (m.plan) all.unshift(m.plan);
    for (const e of all) {
      const name = e.id || 'plan';
      if (q && !name.toLowerCase().includes(q)) continue;
      out.push({
        name,
        kind: KIND[e.kind],
        containerName: LABEL[e.kind],
        location: { uri: uriOf(m.file.path), range: src.rangeOf(spanOf(e.kind === 'plan' ? e.planKey : e.idNode, src)) },
      });
      if (out.length >= 1000) return out;
    }
  }
  return out;
}
