/** What `mplan check` reads: ignore files, --exclude, glob arguments, standard input. */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN, mplan } from '../support/run-cli';
import { removeDir, tempCopy } from '../support/fixtures';

/** questforge plus an old draft of its campaign: a second `spring-launch` (MP004) that ignore rules should hide. */
function withDraft(): string {
  const dir = tempCopy('questforge');
  fs.mkdirSync(path.join(dir, 'drafts/keep'), { recursive: true });
  const campaign = fs.readFileSync(path.join(dir, 'campaigns/launch.mplan.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'drafts/old.mplan.yaml'), campaign);
  fs.writeFileSync(path.join(dir, 'drafts/keep/current.mplan.yaml'), 'upstream:\n  segments:\n    - { id: keepers, name: Keepers }\n');
  return dir;
}

const summary = (stdout: string): string => stdout.trimEnd().split('\n').pop() ?? '';
const files = (stdout: string): string[] => [...new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file))].sort();

describe('which files mplan check reads', () => {
  const dirs: string[] = [];
  const fixture = (): string => {
    const d = withDraft();
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it('without ignore rules, a folder walk checks every plan file (a draft and a kept draft)', () => {
    const dir = fixture();
    const r = mplan(['check', '--format', 'json', '.'], dir);
    assert.deepEqual(files(r.stdout), [
      'campaigns/launch.mplan.yaml',
      'drafts/keep/current.mplan.yaml',
      'drafts/old.mplan.yaml',
      'plan.mplan.yaml',
    ]);
  });

  it('.gitignore and .mplanignore entries are skipped while walking, a deeper ! re-includes, and a file named explicitly is always checked', () => {
    const dir = fixture();
    fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\ndrafts/*.mplan.yaml\n');
    const r = mplan(['check', '--format', 'json', '.'], dir);
    assert.deepEqual(files(r.stdout), ['campaigns/launch.mplan.yaml', 'drafts/keep/current.mplan.yaml', 'plan.mplan.yaml']);
    fs.writeFileSync(path.join(dir, 'drafts/.mplanignore'), 'keep/\n');
    assert.equal(summary(mplan(['check', '.'], dir).stdout), '3 errors, 6 warnings in 2 files.');
    fs.writeFileSync(path.join(dir, 'drafts/.mplanignore'), 'keep/\n!old.mplan.yaml\n');
    const reincluded = mplan(['check', '--format', 'json', '.'], dir);
    assert.deepEqual(files(reincluded.stdout), ['campaigns/launch.mplan.yaml', 'drafts/old.mplan.yaml', 'plan.mplan.yaml']);
    fs.rmSync(path.join(dir, 'drafts/.mplanignore'));
    const named = mplan(['check', '--format', 'json', 'drafts/old.mplan.yaml'], dir);
    assert.deepEqual(files(named.stdout), ['drafts/old.mplan.yaml']);
    assert.ok(
      (JSON.parse(named.stdout) as { code: string }[]).some((f) => f.code === 'MP004'),
      'checked with its scope',
    );
  });

  it('--exclude skips matching files and folders while walking (repeatable)', () => {
    const dir = fixture();
    assert.deepEqual(
      files(mplan(['check', '--format', 'json', '--exclude', 'drafts/old.mplan.yaml', '--exclude', 'keep/', '.'], dir).stdout),
      ['campaigns/launch.mplan.yaml', 'plan.mplan.yaml'],
    );
    assert.equal(summary(mplan(['check', '--exclude', 'drafts', '.'], dir).stdout), '3 errors, 6 warnings in 2 files.');
  });

  it('glob arguments (quoted) expand to plan files, minus ignored ones; no match is a usage error', () => {
    const dir = fixture();
    assert.deepEqual(files(mplan(['check', '--format', 'json', 'drafts/**/*.mplan.yaml'], dir).stdout), [
      'drafts/keep/current.mplan.yaml',
      'drafts/old.mplan.yaml',
    ]);
    assert.deepEqual(files(mplan(['check', '--format', 'json', '**/*.mplan.yaml', '--exclude', 'drafts/'], dir).stdout), [
      'campaigns/launch.mplan.yaml',
      'plan.mplan.yaml',
    ]);
    const none = mplan(['check', 'nothing/**/*.mplan.yaml'], dir);
    assert.deepEqual([none.code, none.stdout, none.stderr], [2, '', 'mplan: nothing/**/*.mplan.yaml: no plan files match this pattern\n']);
  });

  it('`mplan check - --stdin-filename PATH` checks standard input as that file, with its scope', () => {
    const dir = fixture();
    fs.writeFileSync(path.join(dir, '.gitignore'), 'drafts/\n');
    const file = 'campaigns/launch.mplan.yaml';
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const run = (input: string | Buffer, args: string[]): { code: number | null; stdout: string; stderr: string } => {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const fromStdin = run(text, ['check', '-', '--stdin-filename', file]);
    assert.deepEqual([fromStdin.code, fromStdin.stdout, fromStdin.stderr], [1, mplan(['check', file], dir).stdout, '']);
    // The editor's unsaved text, not the disk's: the price fixed in the buffer only.
    const priceCodes = (stdout: string): string[] =>
      (JSON.parse(stdout) as { code: string }[]).map((f) => f.code).filter((c) => c.startsWith('MP2'));
    assert.deepEqual(priceCodes(mplan(['check', '--format', 'json', file], dir).stdout), ['MP201', 'MP202', 'MP204']);
    const edited = run(text.replace('price: 39.99', 'price: 49.99'), ['check', '--format', 'json', '-', '--stdin-filename', file]);
    assert.deepEqual(priceCodes(edited.stdout), []);
    // A path that does not exist yet: a new file of the scope.
    const fresh = run('downstream:\n  campaigns: []\n', ['check', '-', '--stdin-filename', 'campaigns/new.mplan.yaml']);
    assert.deepEqual([fresh.code, fresh.stdout], [0, 'No findings in 1 file.\n']);
    assert.deepEqual(
      run(text, ['check', '-']).stderr,
      'mplan: - reads a plan from standard input: name it with --stdin-filename PATH (its scope is found from there)\n',
    );
    assert.equal(run(text, ['check', '-', '--stdin-filename', file, '--fix']).code, 2);
    const latin1 = run(Buffer.from('plan:\n  name: Caf\xe9\n', 'latin1'), ['check', '-', '--stdin-filename', 'x.mplan.yaml']);
    assert.deepEqual(
      [latin1.code, latin1.stderr],
      [2, 'mplan: standard input: the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8\n'],
    );
  });
});
