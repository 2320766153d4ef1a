/** Code actions: the engine's quick fixes, "disable for this line/file", a text cut short by a `#` put in quotes, and source.fixAll.mplan. */
import type { Locale } from '../../engine/messages/locale';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, TextEdit } from '../../engine/findings';
import { collectEdits } from '../../engine/fix/apply';
import type { SourceText } from '../../engine/text/source-file';
import { editable, toDiagnostic, toWorkspaceEdit } from '../convert';
import { editorTexts } from '../../engine/messages/editor';
import { fixTitleIn } from '../../engine/messages/localize-findings';
import type { ParsedFile } from '../../engine/parse/parse-file';
import { truncatedTexts } from '../../engine/parse/hash-comment';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mplan`;

export interface ActionContext {
  key: string;
  /** The file as parsed now (its text is `source`). */
  file: ParsedFile;
  source: SourceText;
  findings: readonly Finding[];
  sourceOf: (path: string) => SourceText | undefined;
  uriOf: (path: string) => string;
  /** False for a file whose current text is broken (see `Workspace.isBroken`). */
  isLive: (path: string) => boolean;
  /** The language of diagnostic messages and action titles (the client's). */
  locale: Locale;
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function fixAllAction(ctx: ActionContext): CodeAction | undefined {
  const fixable = ctx.findings
    .filter((f) => f.file === ctx.key)
    .map((f) => ({ ...f, fixes: f.fixes.filter((x) => editable(x.edits, ctx.sourceOf)) }));
  const edits = collectEdits(fixable, false).get(ctx.key) ?? [];
  if (!edits.length) return undefined;
  return { title: editorTexts(ctx.locale)('action.fixAll'), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits, ctx.sourceOf, ctx.uriOf) };
}

function disableLine(ctx: ActionContext, f: Finding): TextEdit {
  const line = f.range.start.line;
  const text = ctx.source.lineText(line);
  const indent = /^\s*/.exec(text)?.[0] ?? '';
  const prev = line > 0 ? ctx.source.lineText(line - 1) : '';
  const existing = /#\s*mplan-disable-next-line\b.*$/.exec(prev);
  if (existing && prev.trim().startsWith('#')) {
    const at = ctx.source.lineEnd(line - 1);
    return { file: ctx.key, offset: at, length: 0, text: ` ${f.code}` };
  }
  return {
    file: ctx.key,
    offset: ctx.source.lineStart(line),
    length: 0,
    text: `${indent}# mplan-disable-next-line ${f.code}${ctx.source.eol}`,
  };
}

function disableFile(ctx: ActionContext, f: Finding): TextEdit {
  const first = ctx.source.lineText(0);
  if (/^#\s*mplan-disable-file\b/.test(first)) return { file: ctx.key, offset: ctx.source.lineEnd(0), length: 0, text: ` ${f.code}` };
  return { file: ctx.key, offset: 0, length: 0, text: `# mplan-disable-file ${f.code}${ctx.source.eol}` };
}

export function codeActions(ctx: ActionContext, range: Range, only: readonly string[] | undefined): CodeAction[] {
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  const t = editorTexts(ctx.locale);
  if (wants(CodeActionKind.QuickFix)) {
    for (const f of ctx.findings) {
      if (f.file !== ctx.key || f.suppressed || !intersects(f.range, range)) continue;
      const diagnostic: Diagnostic = toDiagnostic(f, ctx.uriOf, ctx.isLive, ctx.locale);
      // An edit is never computed on a text other than the file's current one. A syntax
      // error's fix (quoting a text) is computed on the broken text itself, so it may edit it.
      const sourceOf =
        f.code === 'MP001' ? (p: string): SourceText | undefined => (p === ctx.key ? ctx.source : ctx.sourceOf(p)) : ctx.sourceOf;
      for (const fix of f.fixes) {
        if (!editable(fix.edits, sourceOf)) continue;
        out.push({
          title: fixTitleIn(f, fix, ctx.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: toWorkspaceEdit(fix.edits, sourceOf, ctx.uriOf),
        });
      }
      if (f.code !== 'MP001') {
        out.push({
          title: t('action.disableLine', { code: f.code }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: toWorkspaceEdit([disableLine(ctx, f)], ctx.sourceOf, ctx.uriOf),
        });
        out.push({
          title: t('action.disableFile', { code: f.code }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: toWorkspaceEdit([disableFile(ctx, f)], ctx.sourceOf, ctx.uriOf),
        });
      }
    }
  }
  // `headline: Win big #summer` reads `Win big`: no finding, but the whole text can be put in quotes.
  if (wants(CodeActionKind.RefactorRewrite) && ctx.isLive(ctx.key)) {
    for (const q of truncatedTexts(ctx.file, ctx.source.offsetAt(range.start), ctx.source.offsetAt(range.end))) {
      const edit = { file: ctx.key, offset: q.offset, length: q.length, text: q.quoted };
      out.push({
        title: t('action.quoteHash'),
        kind: CodeActionKind.RefactorRewrite,
        edit: toWorkspaceEdit([edit], ctx.sourceOf, ctx.uriOf),
      });
    }
  }
  if (only && only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.Source)) {
    const all = fixAllAction(ctx);
    if (all) out.push(all);
  }
  return out;
}
