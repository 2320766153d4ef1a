// @ts-check
/**
 * UI smoke test: drives the real workbench like a user (Quick Open, squiggles, hovers, the status item,
 * the command palette, the plan map webview with a real mouse click) and saves screenshots to
 * docs/images/. Each step is a check; a failed step is reported and the next ones still run where
 * they can.
 */
const fs = require('node:fs');
const path = require('node:path');
const { writeSettings } = require('./lib');

/**
 * @param {{
 *   context: import('playwright-core').BrowserContext,
 *   cs: { url: string, remote(p: string): string, userDataDir: string },
 *   folder: string, shots: string, stateDir: string, log(msg: string): void,
 * }} opts
 */
async function uiSmoke({ context, cs, folder, shots, stateDir, log }) {
  fs.mkdirSync(shots, { recursive: true });
  let passed = 0;
  let failed = 0;
  /**
   * @param {string} name
   * @param {() => Promise<string | void>} fn
   */
  const check = async (name, fn) => {
    const t0 = Date.now();
    try {
      const note = await fn();
      passed++;
      log(`  ✓ ${name} (${Date.now() - t0} ms)${note ? `: ${note}` : ''}`);
      return true;
    } catch (e) {
      failed++;
      log(`  ✗ ${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      await page.screenshot({ path: path.join(stateDir, `ui-failure-${passed + failed}.png`) }).catch(() => undefined);
      return false;
    }
  };

  const page = await context.newPage();
  /** @type {string[]} */
  const cspViolations = [];
  page.on('console', (m) => {
    const t = m.text();
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(t)) cspViolations.push(t);
  });
  for (const f of ['editor-diagnostics.png', 'hover-diagnostic.png', 'hover-segment.png', 'plan-map.png', 'plan-map-light.png', 'plan-map-high-contrast.png']) {
    fs.rmSync(path.join(shots, f), { force: true });
  }
  const payload = [['extensionDevelopmentPath', cs.remote(path.resolve(__dirname, '..', '..'))]];
  const url = `${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const tLoad = Date.now();
  const since = () => `${Date.now() - tLoad} ms after page load`;

  /** @param {string} command */
  const palette = async (command) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input').first();
    if (!(await input.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false))) {
      // Keyboard focus is not in the workbench yet (fresh page): give it focus and retry.
      await page.click('.monaco-workbench .part.editor');
      await page.keyboard.press('F1');
    }
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
    await page.keyboard.type(command);
    await pickExactly(command);
  };

  /**
   * Chooses the quick pick row whose label is exactly `label` (the first fuzzy match may be another).
   * @param {string} label
   */
  const pickExactly = async (label) => {
    const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
    await row.waitFor({ timeout: 10000 });
    await row.click();
  };

  /**
   * Moves the mouse over the first token with exactly `token` on the editor line that contains `lineText`.
   * @param {string} lineText
   * @param {string} token
   */
  const hoverToken = async (lineText, token) => {
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
    const span = line.locator('span > span', { hasText: new RegExp(`^\\s*${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
    const box = await span.boundingBox();
    if (!box) throw new Error(`no token ${token} on the line ${lineText}`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  };

  /** @returns {Promise<import('playwright-core').Frame>} */
  const planMapFrame = async () => {
    const t0 = Date.now();
    while (Date.now() - t0 < 30000) {
      for (const f of page.frames()) {
        const n = await f.evaluate(() => document.querySelectorAll('svg.plan-map g.node').length).catch(() => 0);
        if (n > 0) return f;
      }
      await page.waitForTimeout(200);
    }
    throw new Error('the plan map webview did not render within 30 s');
  };

  /**
   * Picks a colour theme through "Preferences: Color Theme", as a user would, and waits until the
   * workbench wears it (`kind`: the workbench's class, vs | vs-dark | hc-black). The picker lists a
   * theme by its label ("Light Modern") with its id ("Default Light Modern") as the description.
   * @param {string} label
   * @param {string} kind
   */
  const setTheme = async (label, kind) => {
    const wears = () => page.evaluate((k) => (document.querySelector('.monaco-workbench')?.className ?? '').split(' ').includes(k), kind);
    if (!(await wears())) {
      await palette('Preferences: Color Theme');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(label);
      await pickExactly(label);
      const t0 = Date.now();
      while (!(await wears())) {
        if (Date.now() - t0 > 15000) throw new Error(`theme ${label} not applied`);
        await page.waitForTimeout(200);
      }
    }
    await page.waitForTimeout(600);
  };

  const ok = await check('workbench opens the questforge folder', async () => {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    return since();
  });
  if (!ok) return { passed, failed };

  await check('Quick Open opens campaigns/launch.mplan.yaml as Marketing Plan', async () => {
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('launch.mplan.yaml');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { state: 'visible' });
    const lang = await page.locator('#status\\.editor\\.mode').innerText({ timeout: 10000 });
    if (!/Marketing Plan/.test(lang)) throw new Error(`language mode: ${lang}`);
    await setTheme('Dark Modern', 'vs-dark');
    return `language mode "${lang.trim()}", ${since()}`;
  });

  await check('squiggles: errors and warnings', async () => {
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
    return `first squiggles ${since()}`;
  });

  await check('status item shows the plan\'s errors and warnings', async () => {
    const item = page.locator('.statusbar-item[aria-label^="mplan:"]').first();
    await item.waitFor({ timeout: 20000 });
    const label = (await item.getAttribute('aria-label')) ?? '';
    if (!/\d+ errors? and \d+ warnings?/.test(label)) throw new Error(`aria-label: ${label}`);
    return label;
  });

  await check('clicking the status item opens Problems with the findings', async () => {
    await page.locator('.statusbar-item[aria-label^="mplan:"]').first().click();
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'MP101' }).first();
    await row.waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'editor-diagnostics.png') });
    const rows = await page.locator('.markers-panel .monaco-list-row').count();
    await palette('View: Toggle Panel Visibility');
    return `${rows} rows in Problems`;
  });

  await check('hover on a squiggle: the finding and its rule', async () => {
    await hoverToken('genders: [male]', 'male');
    const hover = page.locator('.monaco-hover-content', { hasText: 'MP101' }).first();
    await hover.waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'hover-diagnostic.png') });
    return (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 120);
  });

  await check('hover on a segment reference: the segment card', async () => {
    await hoverToken('segments: [teen-gamers]', 'teen-gamers');
    const hover = page.locator('.monaco-hover-content', { hasText: '14-18' }).filter({ hasText: 'teen-gamers' }).first();
    await hover.waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'hover-segment.png') });
    return (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 120);
  });

  /** @type {import('playwright-core').Frame | undefined} */
  let frame;
  await check('Show Plan Map from the command palette renders the graph', async () => {
    await page.mouse.move(2, 2);
    await palette('Marketing Plan: Show Plan Map');
    frame = await planMapFrame();
    await frame.waitForSelector('g.edge.marked', { timeout: 10000 });
    const counts = await frame.evaluate(() => ({
      nodes: document.querySelectorAll('g.node').length,
      marked: document.querySelectorAll('g.edge.marked').length,
      errors: document.querySelectorAll('g.edge.sev-error').length,
      filters: document.querySelectorAll('#filters input').length,
      legend: document.querySelectorAll('#legend .item').length,
    }));
    if (counts.nodes !== 8) throw new Error(`nodes: ${counts.nodes}`);
    if (counts.marked < 2 || counts.errors < 1) throw new Error(`marked edges: ${JSON.stringify(counts)}`);
    return JSON.stringify(counts);
  });

  await check('plan map screenshots in dark, light and high-contrast themes', async () => {
    if (!frame) throw new Error('no plan map');
    // The map alone: close the text editor (its group closes) and the side bar.
    await page.locator('.monaco-editor .view-lines').first().click();
    await palette('View: Close Editor');
    await palette('View: Toggle Primary Side Bar Visibility');
    await page.waitForTimeout(800);
    const f = await planMapFrame();
    await f.focus('g.node[data-id="segment:teen-gamers"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, 'plan-map.png') });
    await setTheme('Light Modern', 'vs');
    await page.screenshot({ path: path.join(shots, 'plan-map-light.png') });
    await setTheme('Dark High Contrast', 'hc-black');
    await page.screenshot({ path: path.join(shots, 'plan-map-high-contrast.png') });
    await setTheme('Dark Modern', 'vs-dark');
    return 'plan-map.png, plan-map-light.png, plan-map-high-contrast.png';
  });

  await check('a real click on a plan map node opens its place in the editor', async () => {
    const f = await planMapFrame();
    await f.click('g.node[data-id="campaign:spring-launch"]');
    const sel = page.locator('#status\\.editor\\.selection');
    await sel.filter({ hasText: /Ln 4, Col (11|24) \(13 selected\)/ }).waitFor({ timeout: 15000 });
    const name = await page.locator('.editor-group-container.active .tab.active .label-name').first().innerText();
    if (!/launch\.mplan\.yaml/.test(name)) throw new Error(`active tab: ${name}`);
    return (await sel.innerText()).trim();
  });

  await check('no Content Security Policy violation', async () => {
    if (cspViolations.length) throw new Error(cspViolations.slice(0, 3).join(' | '));
  });

  await page.close().catch(() => undefined);
  return { passed, failed };
}

module.exports = { uiSmoke };
