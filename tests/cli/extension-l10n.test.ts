/**
 * The extension in English, French and Italian: every `%key%` of the manifest (package.json) has its text
 * in package.nls.json, package.nls.fr.json and package.nls.it.json (and they hold no other key), and every
 * `vscode.l10n.t` message of the client has a French and an Italian entry in l10n/ with the same `{0}`
 * placeholders.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pageWords } from '../../shared/views-draw/page-words';
import { WEBVIEW_WORD_KEYS } from '../../shared/views-draw/webview-word-keys';
import { wordsBlob, wordsJson } from '../../shared/views-draw/webview-words';
import { reportWords } from '../../server/src/cli/locales/report-words';
import { REPO } from '../support/fixtures';

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as unknown;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
/** The named values of a webview text: `{amount}`, `{n}`. */
const named = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const bundleOf = (locale: string): Record<string, string> => readJson(`l10n/bundle.l10n.${locale}.json`) as Record<string, string>;

/** Every `%key%` string anywhere in the manifest. */
function manifestKeys(): string[] {
  const keys = new Set<string>();
  const walk = (o: unknown): void => {
    if (typeof o === 'string') {
      const m = /^%([^%\s]+)%$/.exec(o);
      if (m) keys.add(m[1]);
    } else if (Array.isArray(o)) o.forEach(walk);
    else if (o !== null && typeof o === 'object') Object.values(o).forEach(walk);
  };
  walk(readJson('package.json'));
  return [...keys].sort();
}

/** The messages of every `vscode.l10n.t('...')` call in client/src (string literals, as the bundles key them). */
function clientMessages(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(path.join(REPO, 'client', 'src'));
  const messages = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/vscode\.l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`)/g)) {
      assert.notEqual(m[1], '`', `${path.relative(REPO, f)}: vscode.l10n.t with a template literal cannot be translated`);
      messages.add(m[1].startsWith("'") ? m[1].slice(1, -1).replace(/\\(.)/g, '$1') : (JSON.parse(m[1]) as string));
    }
  }
  return [...messages].sort();
}

describe('the extension in English, French and Italian', () => {
  it('every %key% of package.json is in package.nls.json, package.nls.fr.json and package.nls.it.json, and no other key', () => {
    const keys = manifestKeys();
    assert.ok(keys.length >= 30, `${keys.length} keys`);
    for (const file of ['package.nls.json', 'package.nls.fr.json', 'package.nls.it.json']) {
      const nls = readJson(file) as Record<string, string>;
      assert.deepEqual(Object.keys(nls).sort(), keys, file);
      for (const k of keys) assert.ok(nls[k].trim() !== '', `${file} ${k}: empty`);
    }
    const en = readJson('package.nls.json') as Record<string, string>;
    for (const file of ['package.nls.fr.json', 'package.nls.it.json']) {
      const nls = readJson(file) as Record<string, string>;
      // Command links ([text](command:id)) stay the same commands.
      for (const k of keys) assert.deepEqual(nls[k].match(/\(command:[^)]*\)/g), en[k].match(/\(command:[^)]*\)/g), `${file} ${k}`);
    }
    assert.equal((readJson('package.json') as { l10n?: string }).l10n, './l10n');
  });

  it('every vscode.l10n.t message of the client has a French and an Italian entry with the same placeholders', () => {
    const messages = clientMessages();
    assert.ok(messages.length >= 40, `${messages.length} messages`);
    for (const locale of ['fr', 'it']) {
      const bundle = readJson(`l10n/bundle.l10n.${locale}.json`) as Record<string, string>;
      const expected = [...new Set([...messages, ...WEBVIEW_WORD_KEYS])].sort();
      assert.deepEqual(
        Object.keys(bundle).sort(),
        expected,
        `l10n/bundle.l10n.${locale}.json: its keys are the client's messages and the webviews' words`,
      );
      for (const m of messages) {
        assert.ok(bundle[m].trim() !== '', `${locale}: «${m}» is empty`);
        assert.deepEqual(placeholders(bundle[m]), placeholders(m), `${locale}: placeholders of «${m}»`);
      }
    }
  });

  it("every webview word has a French and an Italian entry with the same named values, in the report's wording", () => {
    assert.ok(WEBVIEW_WORD_KEYS.length >= 100, `${WEBVIEW_WORD_KEYS.length} keys`);
    for (const locale of ['fr', 'it'] as const) {
      const bundle = bundleOf(locale);
      const report = reportWords(locale);
      for (const k of WEBVIEW_WORD_KEYS) {
        assert.ok(bundle[k]?.trim(), `${locale}: «${k}» is missing`);
        // A text `mplan report` also draws is said the same way in the editor.
        if (report.t(k) !== k) assert.equal(bundle[k], report.t(k), `${locale}: «${k}» as in the report`);
        assert.deepEqual(named(bundle[k]), named(k), `${locale}: values of «${k}»`);
      }
    }
  });

  it('the French words blob of the webviews translates the drawing and the pages, and survives the page', () => {
    const fr = bundleOf('fr');
    // What vscode.l10n.t does with the French bundle: the translation, or the key itself.
    const blob = wordsBlob('fr', Object.keys(fr), (k) => fr[k] ?? k);
    assert.equal(blob.language, 'fr');
    assert.equal(blob.table['Campaign budgets against the plan budget'], 'Budgets des campagnes face au budget du plan');
    assert.equal(blob.table['today {date}'], 'aujourd’hui {date}');
    assert.equal(blob.table.Jan, 'janv.');
    assert.equal(blob.table['Campaigns: {amount}'], 'Campagnes : {amount}');
    assert.equal(blob.table['Export SVG'], 'Exporter SVG');
    assert.equal(blob.table.Budget, undefined, 'the same word in both languages is left out');
    const json = wordsJson({ language: 'fr', table: { ...blob.table, '</script><b>': '</script>&' } });
    assert.doesNotMatch(json, /[<>&]/);
    const words = pageWords(json);
    assert.equal(
      words.t('Plan period {start} to {end}', { start: '2026-01-01', end: '2026-06-30' }),
      'Période du plan du 2026-01-01 au 2026-06-30',
    );
    assert.equal(words.t('</script><b>'), '</script>&');
    assert.equal(words.money({ cents: 8000050, text: '80000.50' }, 'EUR'), '80\u202f000,50 EUR');
    const en = pageWords(null);
    assert.equal(en.t('Campaigns: {amount}', { amount: '5 EUR' }), 'Campaigns: 5 EUR');
    assert.equal(en.money({ cents: 8000000, text: '80000' }, 'EUR'), '80000 EUR');
  });
});
