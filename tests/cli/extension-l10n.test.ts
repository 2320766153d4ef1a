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
import { REPO } from '../support/fixtures';

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as unknown;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

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
      assert.deepEqual(Object.keys(bundle).sort(), messages, `l10n/bundle.l10n.${locale}.json: its keys are the client's messages`);
      for (const m of messages) {
        assert.ok(bundle[m].trim() !== '', `${locale}: «${m}» is empty`);
        assert.deepEqual(placeholders(bundle[m]), placeholders(m), `${locale}: placeholders of «${m}»`);
      }
    }
  });
});
