/** Go to definition, find references, rename (an id and every reference to it across the scope). */
import { isAliasCopy } from '../../engine/parse/alias-copies';
import { ResponseError, ErrorCodes, type Location, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { ID_PATTERN } from '../../../../schemas/plan';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Entity, FileModel, RefKind } from '../../engine/model/types';
import { nodeOf, type ScalarAt } from '../../engine/model/handles';
import { targetAt } from '../../engine/query/entity-at';
import type { TextEdit } from '../../engine/findings';
import type { SourceText } from '../../engine/text/source-file';
import { relPath } from '../../engine/scope/scopes';
import { toWorkspaceEdit } from '../convert';

export interface NavContext {
  model: FileModel;
  analysis: ScopeAnalysis;
  sourceOf: (path: string) => SourceText | undefined;
  uriOf: (path: string) => string;
  /** False for a file whose current text is broken (see `Workspace.isBroken`). */
  isLive: (path: string) => boolean;
}

/** A rename computed while a file of the scope is broken would miss or misplace edits in it: refused. */
function refuseWhileBroken(ctx: NavContext): void {
  const broken = ctx.analysis.scope.files.find((f) => !ctx.isLive(f.path));
  if (broken) {
    const rel = relPath(ctx.analysis.scope.root, broken.path);
    throw new ResponseError(ErrorCodes.InvalidRequest, `Cannot rename while ${rel} has a syntax error: fix it first.`);
  }
}

const REF_KIND: Partial<Record<Entity['kind'], RefKind>> = {
  research: 'research',
  segment: 'segment',
  channel: 'channel',
  product: 'product',
  valueProp: 'valueProp',
};

function location(ctx: NavContext, file: string, node: { range?: [number, number, number] | null }): Location | undefined {
  const src = ctx.sourceOf(file);
  if (!src || !node.range) return undefined;
  return { uri: ctx.uriOf(file), range: src.rangeOf({ offset: node.range[0], length: node.range[1] - node.range[0] }) };
}

function entityAt(ctx: NavContext, offset: number): Entity | undefined {
  const t = targetAt(ctx.model, ctx.analysis.index, offset);
  if (!t) return undefined;
  return t.kind === 'ref' ? t.entity : t.entity;
}

export function definition(ctx: NavContext, offset: number): Location | null {
  const t = targetAt(ctx.model, ctx.analysis.index, offset);
  if (t?.kind !== 'ref' || !t.entity) return null;
  return location(ctx, t.entity.file.path, t.entity.idNode) ?? null;
}

export function references(ctx: NavContext, offset: number, includeDeclaration: boolean): Location[] {
  const e = entityAt(ctx, offset);
  if (!e) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    const l = location(ctx, e.file.path, e.idNode);
    if (l) out.push(l);
  }
  for (const r of ctx.analysis.index.referencesTo(e)) {
    const l = location(ctx, r.file.path, r.node);
    if (l) out.push(l);
  }
  return out;
}

export function prepareRename(ctx: NavContext, offset: number): { range: Range; placeholder: string } | null {
  const e = entityAt(ctx, offset);
  const t = targetAt(ctx.model, ctx.analysis.index, offset);
  if (!e || !t || e.kind === 'plan') {
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      'Only the id of a segment, product, value proposition, research, channel, initiative or campaign (or a reference to one) can be renamed.',
    );
  }
  refuseWhileBroken(ctx);
  const node = t.kind === 'ref' ? t.ref.node : e.idNode;
  const src = ctx.sourceOf(t.kind === 'ref' ? t.ref.file.path : e.file.path);
  if (!src || !node.range) return null;
  return { range: src.rangeOf({ offset: node.range[0], length: node.range[1] - node.range[0] }), placeholder: e.id };
}

export function rename(ctx: NavContext, offset: number, newName: string): WorkspaceEdit {
  const e = entityAt(ctx, offset);
  if (!e || e.kind === 'plan')
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Nothing to rename here: put the cursor on an id or a reference.');
  refuseWhileBroken(ctx);
  if (!ID_PATTERN.test(newName) || newName.length > 64) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `\`${newName}\` is not a valid id: use lower-case kebab case (a-z, 0-9 and single dashes), at most 64 characters.`,
    );
  }
  if (newName === e.id) return { changes: {} };
  const clash = ctx.analysis.index.get(e.kind, newName);
  if (clash) throw new ResponseError(ErrorCodes.InvalidParams, `A ${e.kind} with the id \`${newName}\` already exists in this plan.`);
  const edits: TextEdit[] = [];
  const push = (file: string, at: ScalarAt): void => {
    // The server's models keep their nodes (model/handles.ts): the quoting and aliases are read there.
    const node = nodeOf(at);
    if (!node) throw new ResponseError(ErrorCodes.InternalError, 'The plan was read without its nodes: it cannot be renamed.');
    // An alias stands for its anchor's value: renaming the anchor renames it (never overwrite the alias).
    if (!node.range || isAliasCopy(node)) return;
    const text = node.type === 'QUOTE_DOUBLE' ? `"${newName}"` : node.type === 'QUOTE_SINGLE' ? `'${newName}'` : newName;
    edits.push({ file, offset: node.range[0], length: node.range[1] - node.range[0], text });
  };
  push(e.file.path, e.idNode);
  const kind = REF_KIND[e.kind];
  if (kind) for (const r of ctx.analysis.index.refs) if (r.kind === kind && r.id === e.id) push(r.file.path, r.node);
  return toWorkspaceEdit(edits, ctx.sourceOf, ctx.uriOf);
}
