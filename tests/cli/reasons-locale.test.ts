import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { fixtures } from '../support/fixtures';
import { reasonIn } from '../../server/src/cli/locales/reason-words';

/** One safe fix (MP003 `gendrs` -> `genders`). */
const TEXT = 'upstream:\n  segments:\n    - id: a\n      name: A\n      gendrs: [female]\n';
/** UTF-16 text with its byte order mark: not read, MP001. */
const UTF16 = Buffer.from([0xff, 0xfe, 0x68, 0x00]);

describe('why a file was not read, fixed or written, in French and Italian', () => {
  const fixture = fixtures();

  it('paths that cannot be checked: one line in the locale, exit 2', () => {
    const dir = fixture({ 'notes.txt': 'hello', 'sub/readme.md': '#' });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.mplan.yaml'));
    const cases: Array<[string[], string, string]> = [
      [['check', 'missing'], 'fr', 'mplan: missing : fichier ou dossier introuvable\n'],
      [['check', 'missing'], 'it', 'mplan: missing: file o cartella inesistente\n'],
      [['check', 'sub'], 'fr', 'mplan: sub : aucun fichier de plan (*.mplan.yaml, *.mplan.yml) dans ce dossier\n'],
      [['check', 'zero.mplan.yaml'], 'it', 'mplan: zero.mplan.yaml: non è un file normale\n'],
      [['check', 'none*.mplan.yaml'], 'fr', 'mplan: none*.mplan.yaml : aucun fichier de plan ne correspond à ce motif\n'],
      [['report', 'sub'], 'it', 'mplan: sub: nessun file di piano (*.mplan.yaml, *.mplan.yml) in questa cartella\n'],
    ];
    for (const [args, locale, stderr] of cases)
      assert.deepEqual(mplan([...args, '--locale', locale], dir), { code: 2, stdout: '', stderr }, `${args.join(' ')} ${locale}`);
  });

  it('skipped files, and a file not UTF-8 (MP001): said in French, its data.detail kept in English', () => {
    const dir = fixture({ 'plan.mplan.yaml': 'plan:\n  id: p\n  name: P\n' });
    fs.writeFileSync(path.join(dir, 'bad.mplan.yaml'), UTF16);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.mplan.yaml'));
    fs.symlinkSync('nowhere', path.join(dir, 'dangling.mplan.yaml'));
    const r = mplan(['check', 'bad.mplan.yaml', '--locale', 'fr'], dir);
    assert.deepEqual(r, {
      code: 1,
      stderr:
        'mplan: dangling.mplan.yaml ignoré : un lien symbolique qui ne mène nulle part\n' +
        'mplan: zero.mplan.yaml ignoré : ce n’est pas un fichier ordinaire\n',
      stdout:
        'bad.mplan.yaml:1:1: error MP001 le fichier ne peut pas être lu comme du texte : le fichier est du texte UTF-16, pas UTF-8 : enregistrez-le en UTF-8 [yaml-syntax]\n' +
        '1 erreur dans 1 fichier.\n',
    });
    const json = JSON.parse(mplan(['check', 'bad.mplan.yaml', '--format', 'json', '--locale', 'it'], dir).stdout) as Array<{
      message: string;
      data: { detail: string };
    }>;
    assert.deepEqual(
      json.map((f) => [f.message, f.data.detail]),
      [
        [
          'il file non può essere letto come testo: il file è testo UTF-16, non UTF-8: salvalo come UTF-8',
          'the file is UTF-16 text, not UTF-8: save it as UTF-8',
        ],
      ],
    );
  });

  it('--fix on a read-only file: not fixed, why in Italian, exit 2', () => {
    const dir = fixture({ 'a.mplan.yaml': TEXT });
    fs.chmodSync(path.join(dir, 'a.mplan.yaml'), 0o444);
    const r = mplan(['check', '--fix', '--locale', 'it'], dir);
    assert.equal(r.stderr, 'mplan: a.mplan.yaml: non corretto: è di sola lettura\n');
    assert.equal(r.code, 2);
  });

  it('a file that is not a baseline, in French', () => {
    const dir = fixture({ 'a.mplan.yaml': TEXT, 'bad.json': '{"findings": 3}' });
    const r = mplan(['check', '--baseline', 'bad.json', '--locale', 'fr'], dir);
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.equal(
      r.stderr,
      `mplan: ${path.join(dir, 'bad.json')} n’est pas une référence mplan (version 1) : réécrivez-la avec --update-baseline\n`,
    );
  });

  it('nested reasons and codes are said in the locale; errno codes and unknown texts stay as they are', () => {
    assert.equal(
      reasonIn('standard input: the file is UTF-16 text, not UTF-8: save it as UTF-8', 'it'),
      'standard input: il file è testo UTF-16, non UTF-8: salvalo come UTF-8',
    );
    assert.equal(
      reasonIn('cannot write out/r.html: a file stands where a folder is needed', 'fr'),
      'impossible d’écrire out/r.html : un fichier se trouve là où il faut un dossier',
    );
    assert.equal(reasonIn('cannot write out/r.html: EACCES', 'it'), 'impossibile scrivere out/r.html: EACCES');
    assert.equal(
      reasonIn('x.mplan.yaml: cannot be read (permission denied)', 'fr'),
      'x.mplan.yaml : ne peut pas être lu (permission refusée)',
    );
    assert.equal(reasonIn('cannot be opened (I/O error)', 'it'), 'non può essere aperto (errore di I/O)');
    assert.equal(reasonIn('something else', 'fr'), 'something else');
    assert.equal(reasonIn('not a regular file', 'en'), 'not a regular file');
  });
});
