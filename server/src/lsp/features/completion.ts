/**
 * Completion: ids where a reference is expected (segments, products, value
 * props of the campaign's product, research, channels incl. built-ins, kpis),
 * keys valid at the cursor that are not yet present, enum values, snippets.
 * Works from the text around the cursor, so a half-typed line still completes.
 */
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver';
import type * as z from 'zod';
import { BUILTIN_CHANNELS, GENDERS, PlanFile } from '../../../../schemas/plan';
import type { FileModel } from '../../engine/model/types';
import { enclosingEntity } from '../../engine/query/entity-at';
import { elementIfList, enumValues, knownKeys, schemaAtKeys } from '../../engine/parse/schema-walk';
import { METRICS, type ScopeIndex } from '../../engine/scope/scope-index';
import type { SourceText } from '../../engine/text/source-file';

type Schema = z.core.$ZodType;

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z][\w-]*)\s*:\s*(.*)$/;

interface LineInfo {
  /** Column of the key (after any `- `). */
  keyCol: number;
  dash: boolean;
  key: string | undefined;
  rest: string;
}

function info(line: string): LineInfo | undefined {
  if (!line.trim() || line.trim().startsWith('#')) return undefined;
  const m = KEY_LINE.exec(line);
  if (m) return { keyCol: m[1].length + (m[2]?.length ?? 0), dash: !!m[2], key: m[3], rest: m[4] };
  const d = /^(\s*)(-\s*)(.*)$/.exec(line);
  if (d) return { keyCol: d[1].length + d[2].length, dash: true, key: undefined, rest: d[3] };
  const ind = /^\s*/.exec(line)?.[0].length ?? 0;
  return { keyCol: ind, dash: false, key: undefined, rest: line.trim() };
}

/** Keys of the enclosing block maps, root first, for a position at column `col` of `lineNo`. */
function parentKeys(src: SourceText, lineNo: number, col: number): string[] {
  const keys: string[] = [];
  let cur = col;
  for (let l = lineNo - 1; l >= 0 && cur > 0; l--) {
    const li = info(src.lineText(l));
    if (!li || !li.key) {
      if (li && li.dash && li.keyCol - 2 < cur && li.keyCol <= cur) cur = Math.min(cur, li.keyCol - 2 + 2);
      continue;
    }
    if (li.keyCol < cur && /^(#.*)?$/.test(li.rest.trim())) {
      keys.unshift(li.key);
      cur = li.dash ? li.keyCol - 2 : li.keyCol;
      if (li.dash) {
        // The key opened a map that is itself a list item: keep walking from the dash column.
        continue;
      }
    } else if (li.keyCol < cur) {
      cur = li.dash ? li.keyCol - 2 : li.keyCol;
    }
  }
  return keys;
}

function siblingKeys(src: SourceText, lineNo: number, col: number): Set<string> {
  const out = new Set<string>();
  const scan = (from: number, step: number): void => {
    for (let l = from; l >= 0 && l < src.lineCount; l += step) {
      const li = info(src.lineText(l));
      if (!li) continue;
      const indent = li.dash ? li.keyCol - 2 : li.keyCol;
      if (li.keyCol < col || (li.dash && li.keyCol === col && step > 0)) break;
      if (li.keyCol === col && li.key) out.add(li.key);
      if (li.dash && li.keyCol === col) break;
      if (indent < col - 2) break;
    }
  };
  scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return out;
}

type RefSource = 'segment' | 'research' | 'channel' | 'product' | 'valueProp' | 'metric';

function refKindFor(parents: readonly string[], key: string): RefSource | undefined {
  const parent = parents[parents.length - 1];
  switch (key) {
    case 'segments':
      return parent === 'upstream' ? undefined : 'segment';
    case 'evidence':
      return 'research';
    case 'channels':
      return parent === 'upstream' ? undefined : 'channel';
    case 'product':
    case 'products':
      return parent === 'upstream' ? undefined : 'product';
    case 'valueProps':
      return parent === 'message' ? 'valueProp' : undefined;
    case 'kpis':
    case 'metric':
      return 'metric';
    default:
      return undefined;
  }
}

const SNIPPETS: Record<string, { label: string; body: string }> = {
  segments: {
    label: 'new segment',
    body: 'id: ${1:segment-id}\nname: ${2:Segment name}\nage: ${3:25-45}\ngenders: ${4:any}\nregions: [${5:FR}]\nchannels: [${6:instagram}]\nevidence: [${7}]',
  },
  products: {
    label: 'new product',
    body: 'id: ${1:product-id}\nname: ${2:Product name}\nsegments: [${3}]\npricing:\n  list: ${4:49}\n  floor: ${5:39}\n  maxDiscount: ${6:20%}',
  },
  campaigns: {
    label: 'new campaign',
    body: 'id: ${1:campaign-id}\nname: ${2:Campaign name}\nproduct: ${3}\nsegments: [${4}]\nchannels: [${5}]\nschedule: { start: ${6:2027-01-01}, end: ${7:2027-01-31} }\nkpis: [${8:conversions}]\nsalesReview: { by: ${9:sales}, on: ${10:2027-01-01} }',
  },
};

export interface CompletionContext {
  src: SourceText;
  offset: number;
  model: FileModel | undefined;
  index: ScopeIndex | undefined;
  /** The client declared `snippetSupport`: only then are snippets offered. */
  snippets: boolean;
}

function idItems(kind: RefSource, ctx: CompletionContext, lineNo: number): CompletionItem[] {
  const idx = ctx.index;
  const items = (ids: readonly string[], detail: string, k: CompletionItemKind): CompletionItem[] =>
    ids.map((id) => ({ label: id, kind: k, detail }));
  switch (kind) {
    case 'metric':
      return items(METRICS, 'metric', CompletionItemKind.EnumMember);
    case 'channel':
      return [
        ...items(idx?.channels.map((c) => c.id) ?? [], 'channel', CompletionItemKind.Reference),
        ...items(BUILTIN_CHANNELS, 'built-in channel', CompletionItemKind.EnumMember),
      ];
    case 'segment':
      return idx
        ? idx.segments.map((s) => ({ label: s.id, kind: CompletionItemKind.Reference, detail: `segment · ${s.name ?? ''}`.trim() }))
        : [];
    case 'research':
      return items(idx?.research.map((r) => r.id) ?? [], 'research', CompletionItemKind.Reference);
    case 'product':
      return idx
        ? idx.products.map((p) => ({ label: p.id, kind: CompletionItemKind.Reference, detail: `product · ${p.name ?? ''}`.trim() }))
        : [];
    case 'valueProp': {
      if (!idx) return [];
      const offset = ctx.src.lineStart(lineNo);
      const owner = ctx.model ? enclosingEntity(ctx.model, offset) : undefined;
      const productId = owner?.kind === 'campaign' ? owner.product?.id : undefined;
      const product = productId ? idx.get('product', productId) : undefined;
      const vps = product ? product.valueProps : idx.valueProps;
      return vps.map((v) => ({
        label: v.id,
        kind: CompletionItemKind.Reference,
        detail: `value prop of ${v.product.id}`,
        documentation: v.claim,
      }));
    }
  }
}

function enumItems(schema: Schema | undefined, key: string): CompletionItem[] {
  if (key === 'genders') return ['any', ...GENDERS].map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
  if (key === 'age' || key === 'regions') return [{ label: 'any', kind: CompletionItemKind.EnumMember }];
  if (key === 'version') return [{ label: '1', kind: CompletionItemKind.Value }];
  const el = elementIfList(schema);
  const values = (el && enumValues(el)) ?? (schema && enumValues(schema));
  return (values ?? []).map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
}

export function completions(ctx: CompletionContext): CompletionItem[] {
  const { src, offset } = ctx;
  const pos = src.positionAt(offset);
  const line = src.lineText(pos.line);
  const prefix = line.slice(0, pos.character);
  // A value after `key:` (scalar or flow list).
  const kv = /^(\s*)(-\s+)?([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(prefix);
  if (kv) {
    const keyCol = kv[1].length + (kv[2]?.length ?? 0);
    const key = kv[3];
    const parents = parentKeys(src, pos.line, keyCol);
    const value = kv[4];
    // Inside a flow map (`message: { valueProps: [`), the innermost key decides.
    const inner = /\{[^{}]*$/.test(value) ? /([A-Za-z][\w-]*)\s*:\s*(\[[^\]]*|[^,{}[\]]*)$/.exec(value) : null;
    if (inner) {
      const innerKind = refKindFor([...parents, key], inner[1]);
      if (innerKind) return idItems(innerKind, ctx, pos.line);
      return enumItems(schemaAtKeys(PlanFile, [...parents, key, inner[1]]), inner[1]);
    }
    const kind = refKindFor(parents, key);
    if (kind) return idItems(kind, ctx, pos.line);
    if (/\{[^{}]*$/.test(value)) {
      // A key position inside a flow map: offer its keys not yet written.
      const keys = knownKeys(schemaAtKeys(PlanFile, [...parents, key]) ?? PlanFile, []).filter(
        (k) => !new RegExp(`\\b${k}\\s*:`).test(value),
      );
      return keys.map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: ` }));
    }
    return enumItems(schemaAtKeys(PlanFile, [...parents, key]), key);
  }
  // A block list item: `- ` then an id or a new map.
  const dash = /^(\s*)-\s*([\w-]*)$/.exec(prefix);
  const bare = /^(\s*)([\w-]*)$/.exec(prefix);
  const col = dash ? dash[1].length + 2 : bare ? bare[1].length : -1;
  if (col < 0) return [];
  const parents = parentKeys(src, pos.line, dash ? dash[1].length + 1 : col);
  if (dash) {
    const listKey = parents[parents.length - 1];
    const kind = listKey ? refKindFor(parents.slice(0, -1), listKey) : undefined;
    if (kind) return idItems(kind, ctx, pos.line);
  }
  const items: CompletionItem[] = [];
  const listKey = dash ? parents[parents.length - 1] : undefined;
  const snippet = listKey ? SNIPPETS[listKey] : undefined;
  if (ctx.snippets && snippet && (parents[parents.length - 2] === 'upstream' || parents[parents.length - 2] === 'downstream')) {
    items.push({
      label: snippet.label,
      kind: CompletionItemKind.Snippet,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      insertText: snippet.body,
      detail: `mplan: ${snippet.label}`,
    });
  }
  const schema = parents.length ? schemaAtKeys(PlanFile, parents) : PlanFile;
  const target = elementIfList(schema);
  if (!target) return items;
  const present = dash ? new Set<string>() : siblingKeys(src, pos.line, col);
  for (const k of knownKeys(target, [])) {
    if (present.has(k)) continue;
    items.push({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: ` });
  }
  return items;
}
