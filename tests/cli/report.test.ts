import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatePlan, writePlan } from '../bench/generate';
import { REPO, removeDir, tempCopy, tempDir } from '../support/fixtures';
import { mplan } from '../support/run-cli';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  name: string;
  message: string;
}

const dirs: string[] = [];
after(() => dirs.forEach(removeDir));

/** How the md report escapes text (the expected side, written out independently). */
const mdEscaped = (s: string): string =>
  s
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

describe('mplan report --format md', () => {
  it('northwind-saas: the whole summary, exactly', () => {
    const r = mplan(['report', 'examples/northwind-saas', '--format', 'md'], REPO);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        '## Northwind analytics FY27',
        '',
        '| | |',
        '|---|---|',
        '| Period | 2027-01-01 to 2027-06-30 |',
        '| Plan budget | 90000 USD |',
        '| Campaign budgets | 60000 USD (30000 USD left) |',
        '| Mission | Make every operations team fluent in its own data. |',
        '| Campaigns | 1 |',
        '| Findings | none |',
        '',
        '### Campaigns',
        '',
        '| Campaign | Start | End | Budget | Findings |',
        '|---|---|---|---:|---|',
        '| Q1 webinar series (q1-webinars) | 2027-02-01 | 2027-03-31 | 60000 USD | none |',
        '',
        '### Budget by segment',
        '',
        '| Segment | Budget |',
        '|---|---:|',
        '| Operations leads in mid-size companies | 60000 USD |',
        '',
        '### Budget by channel',
        '',
        '| Channel | Budget |',
        '|---|---:|',
        '| email (shared) | 20000 USD |',
        '| linkedin (shared) | 20000 USD |',
        '| Live product webinars (shared) | 20000 USD |',
        '',
        'A campaign with several segments or channels gives each an equal share (shared).',
        '',
        '### Findings',
        '',
        'No findings.',
        '',
      ].join('\n'),
    );
  });

  it('questforge: the whole summary, exactly, each finding as mplan check reports it', () => {
    const r = mplan(['report', 'examples/questforge', '--format', 'md'], REPO);
    assert.equal(r.code, 0);
    const findings = JSON.parse(mplan(['check', 'examples/questforge', '--format', 'json'], REPO).stdout) as JsonFinding[];
    const item = (f: JsonFinding): string => `- ${f.code} ${f.name} at ${f.file}:${f.line}:${f.column}: ${mdEscaped(f.message)}`;
    const of = (s: string): string[] => findings.filter((f) => f.severity === s).map(item);
    assert.equal(findings.length, 9);
    assert.equal(
      r.stdout,
      [
        '## QuestForge launch 2027',
        '',
        '| | |',
        '|---|---|',
        '| Period | 2027-01-01 to 2027-12-31 |',
        '| Plan budget | 150000 EUR |',
        '| Campaign budgets | 100000 EUR (50000 EUR left) |',
        '| Mission | Adventure games in which every player can be the hero. |',
        '| Campaigns | 2 |',
        '| Findings | 3 errors, 6 warnings |',
        '',
        '### Campaigns',
        '',
        '| Campaign | Start | End | Budget | Findings |',
        '|---|---|---|---:|---|',
        "| Collector's edition pre-order (collectors-preorder) | 2027-03-01 | 2027-03-31 | 20000 EUR | none |",
        '| Spring launch ads (spring-launch) | 2027-03-01 | 2027-04-15 | 80000 EUR | 3 errors, 5 warnings: MP403 MP101 MP103 MP104 MP201 MP202 MP204 MP402 |',
        '',
        '### Budget by segment',
        '',
        '| Segment | Budget |',
        '|---|---:|',
        '| Teen gamers 14-18 | 80000 EUR |',
        '| Adult collectors | 20000 EUR |',
        '',
        '### Budget by channel',
        '',
        '| Channel | Budget |',
        '|---|---:|',
        '| youtube (shared) | 36666.67 EUR |',
        '| tiktok (shared) | 26666.67 EUR |',
        '| tv (shared) | 26666.66 EUR |',
        '| email (shared) | 10000 EUR |',
        '',
        'A campaign with several segments or channels gives each an equal share (shared).',
        '',
        '### Findings',
        '',
        '**Errors (3)**',
        '',
        ...of('error'),
        '',
        '**Warnings (6)**',
        '',
        ...of('warning'),
        '',
      ].join('\n'),
    );
  });

  it('plan text cannot break the Markdown: pipes, markup and emphasis are escaped; over budget and campaigns without budget are said', () => {
    const dir = tempDir({
      'plan.mplan.yaml':
        "version: 1\nplan:\n  id: p\n  name: 'A | B <b>*x*</b> # [y](z)'\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  budget: 10\n  mission: m\n" +
        'upstream:\n  segments:\n    - { id: s, name: S_1, channels: [email] }\n  products:\n    - { id: x, name: X, segments: [s] }\n' +
        'downstream:\n  campaigns:\n' +
        '    - { id: c, name: C|1, product: x, segments: [s], channels: [email], schedule: { start: 2027-02-01, end: 2027-02-10 }, budget: 12.5 }\n' +
        '    - { id: d, name: D, product: x, segments: [s], channels: [email], schedule: { start: 2027-03-01, end: 2027-03-10 } }\n',
    });
    dirs.push(dir);
    const r = mplan(['report', '--format', 'md'], dir);
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '## A \\| B &lt;b&gt;\\*x\\*&lt;/b&gt; \\# \\[y\\](z)');
    assert.ok(lines.includes('| Campaign budgets | 12.50 EUR (**over by 2.50 EUR**) |'));
    assert.ok(lines.includes('| C\\|1 (c) | 2027-02-01 | 2027-02-10 | 12.5 EUR | 1 error, 2 warnings: MP401 MP403 MP405 |'));
    assert.ok(lines.includes('| S\\_1 | 12.50 EUR |'));
    assert.ok(lines.includes('Campaigns without a budget: d.'));
  });
});

describe('mplan report: output file and exit codes', () => {
  it('writes the HTML page to -o and says so on stderr; exit 0 even with errors in the plan', () => {
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const r = mplan(['report', '-o', 'out/report.html'], dir);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', 'Wrote out/report.html: 1 plan, 2 campaigns, 9 findings\n']);
    const html = fs.readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:">/,
    );
    assert.doesNotMatch(html, /(src|href)="https?:/);
  });

  it('without -o the page goes to standard output', () => {
    const r = mplan(['report', 'examples/northwind-saas', '--today', '2027-03-01'], REPO);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /<title>Northwind analytics FY27: marketing plan report<\/title>/);
    assert.match(r.stdout, /today 2027-03-01/);
  });

  it('exit 2 with a clear message: no plan file, a bad format, a bad date, an unwritable output', () => {
    const empty = tempDir({ 'notes.txt': 'x' });
    const file = tempDir({ afile: 'x' });
    dirs.push(empty, file);
    const none = mplan(['report'], empty);
    assert.deepEqual([none.code, none.stdout], [2, '']);
    assert.match(none.stderr, /^mplan: .*no plan files/);
    const format = mplan(['report', 'examples/questforge', '--format', 'pdf'], REPO);
    assert.deepEqual(
      [format.code, format.stderr],
      [2, "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are html, md.\n"],
    );
    const day = mplan(['report', 'examples/questforge', '--today', '2027-02-30'], REPO);
    assert.deepEqual(
      [day.code, day.stderr],
      [2, "error: option '--today <date>' argument '2027-02-30' is invalid. expected a date YYYY-MM-DD\n"],
    );
    const write = mplan(['report', path.join(REPO, 'examples', 'questforge'), '-o', 'afile/report.html'], file);
    assert.deepEqual(
      [write.code, write.stdout, write.stderr],
      [2, '', 'mplan: cannot write afile/report.html: a file stands where a folder is needed\n'],
    );
  });

  it('a 100-campaign plan gives a page under 400 KB', () => {
    const dir = writePlan(generatePlan({ campaigns: 100, violations: 0.02 }));
    dirs.push(dir);
    const r = mplan(['report', '.', '-o', 'report.html', '--today', '2027-03-01'], dir);
    assert.equal(r.code, 0, r.stderr);
    const size = fs.statSync(path.join(dir, 'report.html')).size;
    assert.ok(size < 400 * 1024, `${size} bytes`);
    const m = /^Wrote report\.html: 1 plan, (\d+) campaigns, \d+ findings\n$/.exec(r.stderr);
    assert.ok(m && Number(m[1]) >= 100, r.stderr);
  });
});

describe('mplan report in French and Italian', () => {
  const QF_DIR = path.join('examples', 'questforge');
  it('--locale fr --format md: the summary, campaigns, budget and findings sections in French, amounts the French way', () => {
    const r = mplan(['report', QF_DIR, '--format', 'md', '--locale', 'fr', '--today', '2027-03-10'], REPO);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const sections = r.stdout.split('\n\n');
    assert.deepEqual(sections.slice(1, 5), [
      [
        '| | |',
        '|---|---|',
        '| Période | du 1er janvier 2027 au 31 décembre 2027 |',
        '| Budget du plan | 150\u202f000 EUR |',
        '| Budgets des campagnes | 100\u202f000 EUR (50\u202f000 EUR restants) |',
        '| Mission | Adventure games in which every player can be the hero. |',
        '| Campagnes | 2 |',
        '| Constats | 3 erreurs, 6 avertissements |',
      ].join('\n'),
      '### Campagnes',
      [
        '| Campagne | Début | Fin | Budget | Constats |',
        '|---|---|---|---:|---|',
        "| Collector's edition pre-order (collectors-preorder) | 2027-03-01 | 2027-03-31 | 20\u202f000 EUR | aucun |",
        '| Spring launch ads (spring-launch) | 2027-03-01 | 2027-04-15 | 80\u202f000 EUR | 3 erreurs, 5 avertissements: MP403 MP101 MP103 MP104 MP201 MP202 MP204 MP402 |',
      ].join('\n'),
      '### Budget par segment',
    ]);
    assert.ok(r.stdout.includes('\n| youtube (partagé) | 36\u202f666,67 EUR |\n'));
    assert.ok(r.stdout.includes('\n### Constats\n\n**Erreurs (3)**\n\n'));
    assert.ok(
      r.stdout.includes(
        '\n- MP201 price-below-floor à examples/questforge/campaigns/launch.mplan.yaml:17:16 : la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99\n',
      ),
    );
    assert.ok(r.stdout.includes('\n**Avertissements (6)**\n'));
  });

  it('--locale fr (HTML) and MPLAN_LOCALE=it: the page, its headings, timeline and budget in the language; the report is written in Italian', () => {
    const r = mplan(['report', QF_DIR, '--locale', 'fr', '--today', '2027-03-10'], REPO);
    assert.equal(r.code, 0);
    for (const s of [
      '<html lang="fr">',
      '<title>QuestForge launch 2027 : rapport de plan marketing</title>',
      '<h2 id="plan-questforge-2027-1-timeline">Calendrier</h2>',
      '<h2 id="plan-questforge-2027-1-budget">Budget</h2>',
      '<h2 id="plan-questforge-2027-1-map">Carte du plan</h2>',
      '<h2 id="plan-questforge-2027-1-findings">Constats</h2>',
      // Days in sentences and tooltips as the engine's messages write them; the axis and the tables keep the plan's dates.
      '<header class="page">Rapport de plan marketing par mplan 0.1.0, 10 mars 2027</header>',
      '<title>Aujourd’hui, 10 mars 2027</title>',
      '<title>Période du plan du 1er janvier 2027 au 31 décembre 2027</title>',
      '<title>Spring launch ads (spring-launch) : du 1er mars 2027 au 15 avril 2027, budget 80\u202f000, 8 constats</title>',
      '<title>Spring launch ads (campagne spring-launch) : 8 constats</title>',
      'text-anchor="middle">aujourd’hui 2027-03-10</text>',
      '>janv. 2027</text>',
      '<h3>Par segment</h3>',
      '<text class="row-label" x="192" y="17" text-anchor="end">Budgets des campagnes</text>',
      '<dt>Budget du plan</dt><dd>150\u202f000 EUR</dd>',
      '<summary>Pourquoi c’est important</summary>',
      '<text class="column-title" x="10" y="16">Études</text>',
    ])
      assert.ok(r.stdout.includes(s), s);
    assert.ok(!r.stdout.includes('>Jan 2027</text>'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-report-it-'));
    const out = path.join(dir, 'report.html');
    const ita = mplan(['report', QF_DIR, '-o', out, '--today', '2027-03-10'], REPO, { MPLAN_LOCALE: 'it' });
    assert.equal(ita.stderr, `Scritto ${path.relative(REPO, out)}: 1 piano, 2 campagne, 9 segnalazioni\n`);
    const page = fs.readFileSync(out, 'utf8');
    for (const s of [
      '<html lang="it">',
      '<h2 id="plan-questforge-2027-1-timeline">Cronologia</h2>',
      'text-anchor="middle">oggi 2027-03-10</text>',
      '<title>Oggi, 10 marzo 2027</title>',
    ])
      assert.ok(page.includes(s), s);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
