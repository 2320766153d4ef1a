/**
 * The Neovim 0.7 guide (docs/editors/neovim.md), run as written in a real headless Neovim on the
 * questforge example: the diagnostics Neovim holds must be exactly the CLI's findings. CI installs
 * Debian's neovim (0.7.2) and sets MPLAN_REQUIRE_NVIM=1, so there the test can only pass by running.
 */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { removeDir, REPO, tempCopy } from '../support/fixtures';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** The Lua block of the guide that starts with `-- mplan: Neovim 0.7`. */
function guideLua(): string {
  const md = fs.readFileSync(path.join(REPO, 'docs/editors/neovim.md'), 'utf8');
  const m = /```lua\n(-- mplan: Neovim 0\.7\n[\s\S]*?)```/.exec(md);
  assert.ok(m, 'docs/editors/neovim.md has the Neovim 0.7 block');
  return m[1];
}

/** Load the guide, open a plan file, validate the workspace, wait until Neovim holds every diagnostic, dump them. */
function harness(guide: string, file: string, out: string): string {
  return `
dofile(${JSON.stringify(guide)})
local function fail(msg)
  local f = io.open(${JSON.stringify(out)}, 'w'); f:write('FAIL ' .. msg .. '\\n'); f:close()
  vim.cmd('qa!')
end
vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(file)}))
local function client() return _G.mplan.client and vim.lsp.get_client_by_id(_G.mplan.client) end
if not vim.wait(30000, function() local c = client(); return c ~= nil and c.server_capabilities ~= nil and next(c.server_capabilities) ~= nil end, 20) then
  return fail('the server did not initialise')
end
local r = _G.mplan.validate()
if not r then return fail('mplan/validateWorkspace gave no answer') end
local total = r.errors + r.warnings + r.infos + r.hints
local function held() return #vim.diagnostic.get() end
if not vim.wait(30000, function() return held() == total end, 20) then
  return fail(string.format('Neovim holds %d diagnostics, the server counted %d', held(), total))
end
local f = io.open(${JSON.stringify(out)}, 'w')
for _, d in ipairs(vim.diagnostic.get()) do
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(d.bufnr), ':.')
  f:write(vim.fn.json_encode({ file = name, line = d.lnum + 1, column = d.col + 1, severity = d.severity, code = d.code, message = d.message }) .. '\\n')
end
f:close()
vim.cmd('qa!')
`;
}

describe('editor guides', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('Neovim 0.7 with the guide as written: the diagnostics of questforge are exactly the CLI findings', (t) => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) {
      if (process.env.MPLAN_REQUIRE_NVIM === '1') assert.fail('nvim is not installed (CI installs Debian neovim)');
      t.skip('nvim is not installed here: install Debian neovim to run this test');
      return;
    }
    const dir = tempCopy('questforge');
    dirs.push(dir);
    // `mplan-language-server` on PATH, as `npm install -g mplan` would put it.
    const bin = path.join(dir, '.bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(
      path.join(bin, 'mplan-language-server'),
      `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO, 'bin/mplan-language-server.js')}" "$@"\n`,
      { mode: 0o755 },
    );
    const guide = path.join(dir, '.bin', 'init.lua');
    fs.writeFileSync(guide, guideLua());
    const harnessFile = path.join(dir, '.bin', 'harness.lua');
    const out = path.join(dir, '.bin', 'diagnostics.jsonl');
    fs.writeFileSync(harnessFile, harness(guide, 'campaigns/launch.mplan.yaml', out));
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', harnessFile], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        XDG_CONFIG_HOME: dir,
        XDG_STATE_HOME: dir,
        XDG_DATA_HOME: dir,
      },
      timeout: 120000,
    });
    assert.equal(run.status, 0, `nvim: ${run.stderr}`);
    const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean);
    assert.ok(!lines[0]?.startsWith('FAIL'), lines[0]);
    const key = (d: { file: string; line: number; column: number; severity: string; code: string; message: string }): string =>
      `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
    const held = lines
      .map((l) => JSON.parse(l) as { file: string; line: number; column: number; severity: number; code: string; message: string })
      .map((d) => key({ ...d, severity: SEVERITY[d.severity] }))
      .sort();
    const cli = (
      JSON.parse(mplan(['check', '--format', 'json', '.'], dir).stdout) as {
        file: string;
        line: number;
        column: number;
        severity: string;
        code: string;
        message: string;
      }[]
    )
      .map(key)
      .sort();
    assert.ok(cli.length > 0);
    assert.deepEqual(held, cli);
  });
});
