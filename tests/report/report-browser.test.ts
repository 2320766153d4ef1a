import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { REPO as REPO_ROOT, removeDir, tempCopy, tempDir } from '../support/fixtures';
import { mplan } from '../support/run-cli';
import { launch, openReport, pdfPageCount } from './browser';

const EXAMPLE_NAMES = ['questforge', 'northwind-saas', 'greenleaf-coffee', 'pulse-fitness'];

/** Campaign names as written in the example's files (read with the yaml package, not through mplan). */
function campaignNames(dir: string): string[] {
  const names: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== '.git') walk(p);
      else if (e.name.endsWith('.mplan.yaml')) {
        const doc = parse(fs.readFileSync(p, 'utf8')) as { downstream?: { campaigns?: Array<{ name?: string }> } } | null;
        for (const c of doc?.downstream?.campaigns ?? []) if (c.name) names.push(c.name);
      }
    }
  };
  walk(dir);
  return names;
}

function findingCodes(dir: string): string[] {
  const r = mplan(['check', '.', '--format', 'json'], dir);
  return [...new Set((JSON.parse(r.stdout) as Array<{ code: string }>).map((f) => f.code))];
}

describe('mplan report in a real browser', () => {
  let browser: Browser;
  const dirs: string[] = [];
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser.close();
    for (const d of dirs) removeDir(d);
  });

  const report = (dir: string, args: string[] = []): string => {
    const r = mplan(['report', '.', '-o', 'report.html', '--today', '2027-03-20', ...args], dir);
    assert.equal(r.code, 0, r.stderr);
    return path.join(dir, 'report.html');
  };

  for (const name of EXAMPLE_NAMES) {
    it(`${name}: no console error, no request leaves the page, every campaign name and finding code shown`, async () => {
      const dir = tempCopy(name);
      dirs.push(dir);
      const { page, errors, leaks } = await openReport(browser, report(dir));
      const text = await page.locator('body').innerText();
      const names = campaignNames(dir);
      assert.ok(names.length > 0);
      for (const n of names) assert.ok(text.includes(n), `campaign name ${n}`);
      const codes = findingCodes(dir);
      if (name !== 'northwind-saas') assert.ok(codes.length > 0);
      for (const c of codes) assert.ok(text.includes(c), `finding code ${c}`);
      assert.equal(
        await page.locator('li.finding').count(),
        (JSON.parse(mplan(['check', '.', '--format', 'json'], dir).stdout) as unknown[]).length,
      );
      assert.equal(await page.locator('svg.timeline g.campaign').count(), names.length);
      assert.deepEqual(errors, []);
      assert.deepEqual(leaks, []);
      await page.close();
    });
  }

  it('questforge: the contradiction is drawn in its severity colour, and today is on the timeline', async () => {
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const { page } = await openReport(browser, report(dir));
    const bar = page.locator('g.campaign[data-campaign="spring-launch"] rect.bar');
    assert.equal(await bar.getAttribute('class'), 'bar status-planned sev-error');
    assert.equal(
      await page.evaluate<string>(`getComputedStyle(document.querySelector('g.campaign[data-campaign="spring-launch"] rect.bar')).stroke`),
      'rgb(198, 40, 40)',
    );
    assert.equal(
      await page.locator('g.campaign[data-campaign="collectors-preorder"] rect.bar').getAttribute('class'),
      'bar status-planned',
    );
    assert.equal(await page.locator('svg.timeline .today text').textContent(), 'today 2027-03-20');
    assert.equal(await page.locator('svg.map path.flow.sev-error').count(), 2);
    // The README's picture of the report (MPLAN_SCREENSHOTS_DIR=docs/images refreshes it).
    const shots = process.env.MPLAN_SCREENSHOTS_DIR ?? path.join(REPO_ROOT, 'out', 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'report.png'), fullPage: false, animations: 'disabled' });
    await page.close();
  });

  it('greenleaf-coffee: a campaign starting before its product is available is joined to that milestone by a red line; over budget is marked', async () => {
    const dir = tempCopy('greenleaf-coffee');
    dirs.push(dir);
    const { page } = await openReport(browser, report(dir));
    const line = page.locator('g.campaign[data-campaign="podcast-spring"] path.contradiction');
    assert.equal(await line.count(), 1);
    assert.equal(await line.getAttribute('class'), 'contradiction sev-error');
    assert.match((await line.locator('title').textContent()) ?? '', /^MP304 /);
    assert.equal(await page.locator('svg.total rect.over').count(), 1);
    assert.match(await page.locator('dl.summary').innerText(), /Over budget by\s+2000 EUR/);
    await page.close();
  });

  it('prints to PDF, one part a page at least', async () => {
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const { page } = await openReport(browser, report(dir));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate<string>(`getComputedStyle(document.querySelector('.filters')).display`), 'none');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdfPageCount(pdf) >= 4, `pages: ${pdfPageCount(pdf)}`);
    await page.close();
  });

  it('renders the dark scheme: dark background, light text, severity colours of the dark palette', async () => {
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const file = report(dir);
    const light = await openReport(browser, file, 'light');
    const dark = await openReport(browser, file, 'dark');
    const colours = (p: typeof light): Promise<string[]> =>
      p.page.evaluate<string[]>(`(() => {
      const body = getComputedStyle(document.body);
      const bar = document.querySelector('g.campaign[data-campaign="spring-launch"] rect.bar');
      return [body.backgroundColor, body.color, bar ? getComputedStyle(bar).stroke : ''];
    })()`);
    assert.deepEqual(await colours(light), ['rgb(255, 255, 255)', 'rgb(31, 35, 40)', 'rgb(198, 40, 40)']);
    assert.deepEqual(await colours(dark), ['rgb(13, 17, 23)', 'rgb(230, 237, 243)', 'rgb(255, 107, 107)']);
    assert.deepEqual([...dark.errors, ...dark.leaks], []);
    await light.page.close();
    await dark.page.close();
  });

  it('plan text is shown, never run: markup in names and messages stays text', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const dir = tempDir({
      'plan.mplan.yaml':
        `version: 1\nplan:\n  id: p\n  name: '${hostile}'\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: 'M & "quoted"'\n` +
        `upstream:\n  segments:\n    - { id: s, name: '${hostile}', channels: [email] }\n  products:\n    - { id: x, name: X, segments: [s] }\n` +
        `downstream:\n  campaigns:\n    - id: c\n      name: '${hostile} campaign'\n      product: x\n      segments: [s]\n      channels: [email]\n      schedule: { start: 2027-02-01, end: 2027-02-10 }\n      budget: 10\n`,
    });
    dirs.push(dir);
    const { page, errors, leaks } = await openReport(browser, report(dir));
    assert.equal(await page.locator('main script, main img').count(), 0);
    assert.equal(await page.locator('h1').first().textContent(), hostile);
    assert.ok((await page.locator('body').innerText()).includes(`${hostile} campaign`));
    assert.equal(await page.title(), `${hostile}: marketing plan report`);
    assert.deepEqual(errors, []);
    assert.deepEqual(leaks, []);
    await page.close();
  });

  it('the severity filters hide and show a severity; n moves to the next finding', async () => {
    const dir = tempCopy('questforge');
    dirs.push(dir);
    const { page, errors } = await openReport(browser, report(dir));
    const warnings = page.locator('section.severity[data-severity="warning"]');
    assert.equal(await warnings.isVisible(), true);
    await page.locator('.filters button[data-severity="warning"]').click();
    await page.waitForFunction(
      `document.querySelector('.filters button[data-severity="warning"]').getAttribute('aria-pressed') === 'false'`,
    );
    assert.equal(await warnings.isVisible(), false);
    await page.keyboard.press('n');
    await page.waitForFunction(`document.activeElement !== null && document.activeElement.classList.contains('finding')`);
    assert.match(await page.evaluate<string>(`document.activeElement.textContent`), /^MP403 /);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
