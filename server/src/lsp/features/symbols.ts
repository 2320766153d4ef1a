/** Document symbols (outline: plan, upstream and downstream entities) and workspace symbols. */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Entity, FileModel } from '../../engine/model/types';
import type { SourceText } from '../../engine/text/source-file';
import type { Node, Pair } from 'yaml';
import { asMap, findPair, spanOf } from '../../engine/parse/yaml-nodes';

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
  plan: 'plan',
  research: 'research',
  segment: 'segment',
  channel: 'channel',
  product: 'product',
  valueProp: 'value prop',
  initiative: 'initiative',
  campaign: 'campaign',
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

/**
 * A group (`upstream`, `segments`, `downstream`, `campaigns`, ...) starts on its
 * key, which is its selection, and ends where its last item ends.
 */
function group(
  name: string,
  kind: SymbolKind,
  items: DocumentSymbol[],
  src: SourceText,
  pair: Pair<Node, Node | null> | undefined,
): DocumentSymbol | undefined {
  if (!items.length) return undefined;
  const key = pair?.key?.range ? spanOf(pair.key, src) : undefined;
  const selectionRange = key ? src.rangeOf(key) : items[0].selectionRange;
  const end = items[items.length - 1].range.end;
  return { name, kind, range: { start: selectionRange.start, end }, selectionRange, children: items };
}

export function documentSymbols(model: FileModel): DocumentSymbol[] {
  const src = model.file.source;
  const out: DocumentSymbol[] = [];
  if (model.plan) out.push(symbol(model.plan, src));
  const root = asMap(model.file.doc?.contents);
  const upPair = root ? findPair(root, 'upstream') : undefined;
  const downPair = root ? findPair(root, 'downstream') : undefined;
  const upMap = asMap(upPair?.value);
  const downMap = asMap(downPair?.value);
  const inUp = (key: string): Pair<Node, Node | null> | undefined => (upMap ? findPair(upMap, key) : undefined);
  const up = [
    group(
      'research',
      SymbolKind.Array,
      model.research.map((e) => symbol(e, src)),
      src,
      inUp('research'),
    ),
    group(
      'segments',
      SymbolKind.Array,
      model.segments.map((e) => symbol(e, src)),
      src,
      inUp('segments'),
    ),
    group(
      'channels',
      SymbolKind.Array,
      model.channels.map((e) => symbol(e, src)),
      src,
      inUp('channels'),
    ),
    group(
      'products',
      SymbolKind.Array,
      model.products.map((p) =>
        symbol(
          p,
          src,
          p.valueProps.map((v) => symbol(v, src)),
        ),
      ),
      src,
      inUp('products'),
    ),
    group(
      'initiatives',
      SymbolKind.Array,
      model.initiatives.map((e) => symbol(e, src)),
      src,
      inUp('initiatives'),
    ),
  ].filter((g): g is DocumentSymbol => !!g);
  const upstream = group('upstream', SymbolKind.Namespace, up, src, upPair);
  if (upstream) out.push(upstream);
  const campaigns = group(
    'campaigns',
    SymbolKind.Array,
    model.campaigns.map((e) => symbol(e, src)),
    src,
    downMap ? findPair(downMap, 'campaigns') : undefined,
  );
  const downstream = campaigns ? group('downstream', SymbolKind.Namespace, [campaigns], src, downPair) : undefined;
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
