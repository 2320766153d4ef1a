/** The CI conventions around the CLI: the pre-commit hook, the GitHub Action and the container, each run for real. */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { mplan } from '../support/run-cli';
import { removeDir, REPO, tempCopy } from '../support/fixtures';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '.git' ? [] : walk(p, base);
    return [path.relative(base, p).split(path.sep).join('/')];
  });
}

describe('pre-commit, GitHub Action, container', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('.pre-commit-hooks.yaml: hook `mplan` matches plan and config files only, and its entry checks them', () => {
    const hooks = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    assert.equal(hooks.length, 1);
    const hook = hooks[0];
    assert.deepEqual([hook.id, hook.entry, hook.language, hook.pass_filenames], ['mplan', 'mplan check', 'node', true]);
    const files = new RegExp(hook.files);
    const names = [
      'a.mplan.yaml',
      'b/c.mplan.yml',
      'mplan.config.yaml',
      'docker-compose.yml',
      '.github/workflows/ci.yaml',
      'notes.mplan.yaml.bak',
    ];
    assert.deepEqual(
      names.filter((n) => files.test(n)),
      ['a.mplan.yaml', 'b/c.mplan.yml', 'mplan.config.yaml'],
    );
    // Run the entry as pre-commit does: the bin named by the entry, with the matching staged files appended.
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const staged = walk(dir)
      .filter((n) => files.test(n))
      .sort();
    assert.deepEqual(staged, ['campaigns/launch.mplan.yaml', 'plan.mplan.yaml']);
    const [bin, ...args] = hook.entry.split(' ');
    assert.equal(bin, 'mplan');
    const r = mplan([...args, ...staged], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, mplan(['check', '.'], dir).stdout);
  });

  it('action.yml: a composite action with inputs paths, format and version whose step runs the CLI with annotations', () => {
    const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      runs: { using: string; steps: { run?: string; shell?: string; env?: Record<string, string> }[] };
    };
    assert.deepEqual(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), {
      paths: '.',
      format: 'github',
      version: '',
    });
    assert.equal(action.runs.using, 'composite');
    const step = action.runs.steps.find((s) => s.run !== undefined);
    assert.ok(step?.run);
    assert.equal(step.shell, 'bash');
    assert.deepEqual(step.env, {
      INPUT_PATHS: '${{ inputs.paths }}',
      INPUT_FORMAT: '${{ inputs.format }}',
      INPUT_VERSION: '${{ inputs.version }}',
    });
    const dir = tempCopy('questforge');
    dirs.push(dir);
    // The step's command, with the runner's substitutions: the action's folder and the inputs as env.
    const r = spawnSync('bash', ['-c', step.run], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        GITHUB_ACTION_PATH: REPO,
        INPUT_PATHS: 'campaigns\nplan.mplan.yaml',
        INPUT_FORMAT: 'github',
        INPUT_VERSION: '',
      },
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1, 'error-level findings fail the job');
    assert.equal(r.stdout, mplan(['check', '--format', 'github', 'campaigns', 'plan.mplan.yaml'], dir).stdout);
    assert.match(
      r.stdout,
      /^::error file=campaigns\/launch\.mplan\.yaml,line=9,col=14,endLine=9,endColumn=19,title=MP403 minors-without-compliance::/m,
    );
  });

  it('Dockerfile: node:20-slim with the CLI as entrypoint, built and run where a Docker engine runs', (t) => {
    const file = fs.readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');
    assert.match(file, /^FROM node:20-slim$/m);
    assert.match(file, /^ENTRYPOINT \["node", "\/opt\/mplan\/bin\/mplan\.js"\]$/m);
    const info = spawnSync('docker', ['info'], { encoding: 'utf8' });
    if (info.status !== 0) {
      t.skip('no Docker engine on this machine (docker info failed): the image was not built');
      return;
    }
    const tag = 'mplan-test:local';
    const build = spawnSync('docker', ['build', '-q', '-t', tag, REPO], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const run = spawnSync('docker', ['run', '--rm', '-v', `${dir}:/work`, tag, 'check', '.'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, mplan(['check', '.'], dir).stdout);
  });
});
