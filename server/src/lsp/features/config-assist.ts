/**
 * Completion and hover in `mplan.config.yaml`: top-level keys, rule codes and names (with what each
 * rule checks), severities, thresholds. Descriptions come from the config's zod schema (schemas/config.ts)
 * and the rule registry, the same sources as the generated JSON Schema. Block style is understood
 * line by line (the style `mplan init`, the docs and the README use); inside a flow map
 * (`rules: { ... }`) nothing is offered.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver';
import { ALWAYS_ON, RULE_SETTINGS } from '../../../../schemas/config';
import { configJsonSchema } from '../../../../schemas/json-schema';
import { RULES } from '../../engine/rules/registry';
import { docsUrl } from '../../engine/rules/docs-url';
import type { SourceText } from '../../engine/text/source-file';

type Section = 'top' | 'rules' | 'thresholds' | 'other';

interface LineContext {
  section: Section;
  /** The cursor is after the line's `key:` (a value is expected). */
  inValue: boolean;
  /** The key written on this line, if any. */
  key: string | undefined;
}

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
}

let schemaCache: JsonSchemaNode | undefined;
function schema(): JsonSchemaNode {
  return (schemaCache ??= configJsonSchema(RULES.map((r) => r.meta)) as JsonSchemaNode);
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const keyOf = (line: string): string | undefined => /^\s*([A-Za-z0-9_-]+)\s*:/.exec(line)?.[1];

/** Which section the cursor's line belongs to, by indentation (comments and blank lines skipped). */
function lineContext(src: SourceText, offset: number): LineContext {
  const pos = src.positionAt(offset);
  const line = src.lineText(pos.line);
  const before = line.slice(0, pos.character);
  const key = keyOf(line);
  const inValue = /^\s*[A-Za-z0-9_-]+\s*:/.test(before);
  const indent = before.trim() === '' ? before.length : indentOf(line);
  if (indent === 0) return { section: 'top', inValue, key };
  for (let l = pos.line - 1; l >= 0; l--) {
    const text = src.lineText(l);
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    if (indentOf(text) === 0) {
      const parent = keyOf(text);
      if (/\{/.test(text.slice(text.indexOf(':') + 1))) return { section: 'other', inValue, key };
      return { section: parent === 'rules' ? 'rules' : parent === 'thresholds' ? 'thresholds' : 'other', inValue, key };
    }
  }
  return { section: 'other', inValue, key };
}

/** Keys already written in `section` (to leave them out), by code for rules. */
function writtenIn(src: SourceText, section: Exclude<Section, 'other'>): Set<string> {
  const out = new Set<string>();
  let current: string | undefined;
  for (let l = 0; l < src.lineCount; l++) {
    const text = src.lineText(l);
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const k = keyOf(text);
    if (indentOf(text) === 0) {
      current = k;
      if (section === 'top' && k) out.add(k);
    } else if (k && current === section) {
      out.add(section === 'rules' ? (RULES.find((r) => r.meta.code === k || r.meta.name === k)?.meta.code ?? k) : k);
    }
  }
  return out;
}

export function configCompletions(src: SourceText, offset: number): CompletionItem[] {
  const ctx = lineContext(src, offset);
  const props = schema().properties ?? {};
  if (ctx.section === 'top' && !ctx.inValue) {
    const have = writtenIn(src, 'top');
    return Object.keys(props)
      .filter((k) => !have.has(k))
      .map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}:`, documentation: props[k].description }));
  }
  if (ctx.section === 'rules' && !ctx.inValue) {
    const have = writtenIn(src, 'rules');
    return RULES.filter((r) => !have.has(r.meta.code)).flatMap((r, i) => {
      const doc = { kind: MarkupKind.Markdown, value: `${r.meta.summary}\n\nDefault: ${r.meta.severity}.` };
      const sort = String(i).padStart(3, '0');
      return [
        {
          label: r.meta.code,
          kind: CompletionItemKind.Property,
          detail: `${r.meta.name} (${r.meta.severity})`,
          documentation: doc,
          insertText: `${r.meta.code}: `,
          sortText: `${sort}a`,
        },
        {
          label: r.meta.name,
          kind: CompletionItemKind.Property,
          detail: `${r.meta.code} (${r.meta.severity})`,
          documentation: doc,
          insertText: `${r.meta.name}: `,
          sortText: `${sort}b`,
        },
      ];
    });
  }
  if (ctx.section === 'rules' && ctx.inValue && ctx.key) {
    const rule = RULES.find((r) => r.meta.code === ctx.key || r.meta.name === ctx.key);
    if (!rule) return [];
    const allowed = (ALWAYS_ON as readonly string[]).includes(rule.meta.code) ? RULE_SETTINGS.filter((s) => s !== 'off') : RULE_SETTINGS;
    return allowed.map((s, i) => ({
      label: s,
      kind: CompletionItemKind.EnumMember,
      detail: s === rule.meta.severity ? 'the default' : undefined,
      sortText: String(i),
    }));
  }
  if (ctx.section === 'thresholds' && !ctx.inValue) {
    const have = writtenIn(src, 'thresholds');
    const thresholds = props.thresholds?.properties ?? {};
    return Object.keys(thresholds)
      .filter((k) => !have.has(k))
      .map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: `, documentation: thresholds[k].description }));
  }
  return [];
}

/** The word (key or value) under the cursor: `[A-Za-z0-9_-]+`. */
function wordAt(src: SourceText, offset: number): string | undefined {
  const text = src.text;
  let s = offset;
  let e = offset;
  while (s > 0 && /[A-Za-z0-9_-]/.test(text[s - 1])) s--;
  while (e < text.length && /[A-Za-z0-9_-]/.test(text[e])) e++;
  return s < e ? text.slice(s, e) : undefined;
}

export function configHover(src: SourceText, offset: number): Hover | null {
  const word = wordAt(src, offset);
  if (!word) return null;
  const ctx = lineContext(src, offset);
  const props = schema().properties ?? {};
  const markdown = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value } });
  if (ctx.section === 'top' && ctx.key === word && props[word]?.description) return markdown(`**${word}**\n\n${props[word].description}`);
  if (ctx.section === 'rules' && ctx.key === word) {
    const rule = RULES.find((r) => r.meta.code === word || r.meta.name === word);
    if (!rule) return null;
    const m = rule.meta;
    return markdown(
      `**${m.code} ${m.name}** (default ${m.severity}, ${m.group})\n\n${m.summary}\n\n${m.explanation}\n\n[Rule documentation](${docsUrl(m)})`,
    );
  }
  const threshold = props.thresholds?.properties?.[word];
  if (ctx.section === 'thresholds' && ctx.key === word && threshold?.description)
    return markdown(`**${word}**\n\n${threshold.description}`);
  return null;
}
