// @ts-check
/**
 * UI smoke test: drives the real workbench like a user (Quick Open, squiggles, hovers, the status item,
 * the command palette, the plan map webview with a real mouse click) and saves screenshots to
 * docs/images/. Each step is a check; a failed step is reported with the path of a screenshot of the
 * page at that moment, and the next ones still run where they can.
 *
 * Every wait is on a state of the page (an element, a class, an attribute the workbench or the plan
 * map sets, the focused element); the timeouts are only upper bounds that fail a stuck run.
 */
const fs = require('node:fs');
const path = require('node:path');
const { writeSettings } = require('./lib');

/**
 * @param {{
 *   context: import('playwright-core').BrowserContext,
 *   cs: { url: string, remote(p: string): string, userDataDir: string },
 *   folder: string, shots: string, failureShots: string, log(msg: string): void,
 * }} opts
 */
async function uiSmoke({ context, cs, folder, shots, failureShots, log }) {
  fs.mkdirSync(shots, { recursive: true });
  let passed = 0;
  let failed = 0;
  const runStamp = new Date().toISOString().replace(/[:.]/g, '-');
  /** Screenshots taken like the page looks: animations (hover fade-in...) finished. */
  const shoot = (/** @type {string} */ file) => page.screenshot({ path: file, animations: 'disabled' });
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
      fs.mkdirSync(failureShots, { recursive: true });
      const shot = path.join(failureShots, `${runStamp}-ui-${passed + failed}.png`);
      const saved = await page.screenshot({ path: shot }).then(
        () => true,
        (err) => (err instanceof Error ? err.message.split('\n')[0] : String(err)),
      );
      log(saved === true ? `    screenshot of the failure: ${shot}` : `    no screenshot of the failure (${saved})`);
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
  for (const f of [
    'editor-diagnostics.png',
    'hover-diagnostic.png',
    'hover-segment.png',
    'plan-map.png',
    'plan-map-light.png',
    'plan-map-high-contrast.png',
    'timeline.png',
    'budget.png',
  ]) {
    fs.rmSync(path.join(shots, f), { force: true });
  }
  const payload = [['extensionDevelopmentPath', cs.remote(path.resolve(__dirname, '..', '..'))]];
  const url = `${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const tLoad = Date.now();
  const since = () => `${Date.now() - tLoad} ms after page load`;

  /** The quick input (palette, Quick Open, pickers) is open and has the keyboard. */
  const quickInputFocused = () =>
    page.waitForFunction(
      () => {
        const input = document.querySelector('.quick-input-widget input');
        return input instanceof HTMLElement && input.checkVisibility() && document.activeElement === input;
      },
      undefined,
      { timeout: 30000 },
    );

  /** Closes whatever quick input is open, and waits until none is. */
  const closeQuickInput = async () => {
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.quick-input-widget')].some((w) => w instanceof HTMLElement && w.checkVisibility()),
      undefined,
      { timeout: 30000 },
    );
  };

  /** @param {string} command */
  const palette = async (command) => {
    await closeQuickInput();
    // A fresh page has no focused element yet and the workbench ignores keys sent to nobody: give
    // the workbench the focus first.
    if (await page.evaluate(() => !document.activeElement || document.activeElement === document.body)) {
      await page.click('.monaco-workbench .part.editor');
    }
    await page.keyboard.press('F1');
    await quickInputFocused();
    await page.keyboard.type(command);
    await pickExactly(command);
  };

  /**
   * Chooses the quick pick row whose label is exactly `label` (the first fuzzy match may be another).
   * @param {string} label
   */
  const pickExactly = async (label) => {
    const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: exact }) })
      .first();
    await row.waitFor({ timeout: 30000 });
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
    // The previous hover is gone (a new one must not be mistaken for it).
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.monaco-hover-content')].some((h) => h instanceof HTMLElement && h.checkVisibility()),
      undefined,
      { timeout: 30000 },
    );
    const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
    const span = line.locator('span > span', { hasText: new RegExp(`^\\s*${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
    const box = await span.boundingBox();
    if (!box) throw new Error(`no token ${token} on the line ${lineText}`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  };

  /**
   * The plan map's document (a webview: an iframe of the workbench holding the page's own iframe
   * #active-frame), once it has drawn its nodes.
   * @returns {Promise<import('playwright-core').Frame>}
   */
  const planMapFrame = async () => {
    const node = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('svg.plan-map g.node').first();
    await node.waitFor({ timeout: 30000 }).catch(() => {
      throw new Error('the plan map webview did not draw its nodes within 30 s');
    });
    const handle = await node.elementHandle();
    const frame = await handle?.ownerFrame();
    await handle?.dispose();
    if (!frame) throw new Error('the plan map node has no frame');
    return frame;
  };

  /**
   * The plan map fills the editor area alone (no side bar, one editor group) and is drawn for that
   * width: the webview is as wide as the editor part and the map was fitted to the page's width.
   */
  const planMapLaidOut = async () => {
    await page.waitForFunction(
      () => {
        const sidebar = document.querySelector('.part.sidebar');
        const groups = document.querySelectorAll('.part.editor .editor-group-container');
        const part = document.querySelector('.part.editor')?.getBoundingClientRect();
        const webview = document.querySelector('iframe.webview')?.getBoundingClientRect();
        return (
          (!(sidebar instanceof HTMLElement) || !sidebar.checkVisibility()) &&
          groups.length === 1 &&
          !!part &&
          !!webview &&
          Math.abs(part.width - webview.width) <= 1 &&
          Math.abs(part.right - webview.right) <= 1
        );
      },
      undefined,
      { timeout: 30000 },
    );
    const f = await planMapFrame();
    await f.waitForFunction(
      () => {
        const map = document.querySelector('#map');
        const svg = document.querySelector('svg.plan-map');
        return !!map && !!svg && map.clientWidth > 0 && svg.getAttribute('data-fit-width') === String(map.clientWidth);
      },
      undefined,
      { timeout: 30000 },
    );
    return f;
  };

  /**
   * Picks a colour theme through "Preferences: Color Theme", as a user would, and waits until the
   * workbench wears it (`kind`: the workbench's class, vs | vs-dark | hc-black) and, with `map`, until
   * the plan map's page has the theme's colours (VS Code sets data-vscode-theme-id on a webview's body
   * together with its colour variables). The picker lists a theme by its label ("Light Modern") with
   * its id ("Default Light Modern") as the description.
   * @param {string} label
   * @param {string} kind
   * @param {{ id: string, frame: import('playwright-core').Frame }} [map]
   */
  const setTheme = async (label, kind, map) => {
    const wears = () => page.evaluate((k) => (document.querySelector('.monaco-workbench')?.className ?? '').split(' ').includes(k), kind);
    if (!(await wears())) {
      await palette('Preferences: Color Theme');
      await quickInputFocused();
      await page.keyboard.type(label);
      await pickExactly(label);
      await page
        .waitForFunction((k) => (document.querySelector('.monaco-workbench')?.className ?? '').split(' ').includes(k), kind, {
          timeout: 30000,
        })
        .catch(() => {
          throw new Error(`theme ${label} not applied`);
        });
      // The picker closes once the theme is chosen.
      await page.waitForFunction(
        () => ![...document.querySelectorAll('.quick-input-widget')].some((w) => w instanceof HTMLElement && w.checkVisibility()),
        undefined,
        { timeout: 30000 },
      );
    }
    if (map) {
      await map.frame
        .waitForFunction((id) => document.body.dataset.vscodeThemeId === id, map.id, { timeout: 30000 })
        .catch(() => {
          throw new Error(`the plan map did not take the theme ${map.id}`);
        });
    }
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
    await quickInputFocused();
    await page.keyboard.type('launch.mplan.yaml');
    await pickExactly('launch.mplan.yaml');
    await page
      .locator('.editor-group-container.active .tab.active .label-name', { hasText: 'launch.mplan.yaml' })
      .first()
      .waitFor({ timeout: 30000 });
    await page.waitForSelector('.monaco-editor .view-lines', { state: 'visible' });
    // The language mode in the status bar follows the active editor.
    const mode = page.locator('#status\\.editor\\.mode');
    await mode
      .filter({ hasText: 'Marketing Plan' })
      .waitFor({ timeout: 30000 })
      .catch(() => undefined);
    const lang = await mode.innerText({ timeout: 10000 });
    if (!/Marketing Plan/.test(lang)) throw new Error(`language mode: ${lang}`);
    await setTheme('Dark Modern', 'vs-dark');
    return `language mode "${lang.trim()}", ${since()}`;
  });

  await check('squiggles: errors and warnings', async () => {
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
    return `first squiggles ${since()}`;
  });

  await check("status item shows the plan's errors and warnings", async () => {
    const item = page.locator('.statusbar-item[aria-label^="mplan:"]').first();
    await item.waitFor({ timeout: 30000 });
    // The example's findings (shared/examples/questforge): 3 errors and 5 warnings in
    // campaigns/launch.mplan.yaml, 1 warning in plan.mplan.yaml. The item counts while the plan is
    // being indexed too: wait for the whole plan's.
    const want = 'mplan: 3 errors and 6 warnings in the plan questforge (2 files)';
    await page
      .locator(`.statusbar-item[aria-label^="${want}"]`)
      .first()
      .waitFor({ timeout: 30000 })
      .catch(async () => {
        throw new Error(`aria-label: ${(await item.getAttribute('aria-label')) ?? ''}, expected it to start with "${want}"`);
      });
    return (await item.getAttribute('aria-label')) ?? '';
  });

  await check('clicking the status item opens Problems with the findings', async () => {
    await page.locator('.statusbar-item[aria-label^="mplan:"]').first().click();
    const label = (await page.locator('.statusbar-item[aria-label^="mplan:"]').first().getAttribute('aria-label')) ?? '';
    const m = /(\d+) errors? and (\d+) warnings?/.exec(label);
    if (!m) throw new Error(`aria-label: ${label}`);
    const findings = Number(m[1]) + Number(m[2]);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'MP101' }).first();
    await row.waitFor({ timeout: 30000 });
    // Problems has every error and warning the status item counts (its tab's badge counts them).
    await page
      .waitForFunction(
        (n) =>
          [...document.querySelectorAll('.part.panel .composite-bar .action-item')].some(
            (item) => /problems/i.test(item.textContent ?? '') && Number(item.querySelector('.badge-content')?.textContent) >= n,
          ),
        findings,
        { timeout: 30000 },
      )
      .catch(() => {
        throw new Error(`the Problems badge does not count the ${findings} errors and warnings of the status item`);
      });
    await shoot(path.join(shots, 'editor-diagnostics.png'));
    const rows = await page.locator('.markers-panel .monaco-list-row').count();
    await palette('View: Toggle Panel Visibility');
    return `${rows} rows in Problems`;
  });

  await check('hover on a squiggle: the finding and its rule', async () => {
    await hoverToken('genders: [male]', 'male');
    const hover = page.locator('.monaco-hover-content', { hasText: 'MP101' }).first();
    await hover.waitFor({ timeout: 30000 });
    await shoot(path.join(shots, 'hover-diagnostic.png'));
    return (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 120);
  });

  await check('hover on a segment reference: the segment card', async () => {
    await hoverToken('segments: [teen-gamers]', 'teen-gamers');
    const hover = page.locator('.monaco-hover-content', { hasText: '14-18' }).filter({ hasText: 'teen-gamers' }).first();
    await hover.waitFor({ timeout: 30000 });
    await shoot(path.join(shots, 'hover-segment.png'));
    return (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 120);
  });

  /** @type {import('playwright-core').Frame | undefined} */
  let frame;
  await check('Show Plan Map from the command palette renders the graph', async () => {
    await page.mouse.move(2, 2);
    await palette('Marketing Plan: Show Plan Map');
    frame = await planMapFrame();
    await frame.waitForSelector('g.edge.marked', { timeout: 30000 });
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
    await page
      .locator('.editor-group-container.active .tab.active .label-name', { hasText: 'launch.mplan.yaml' })
      .first()
      .waitFor({ timeout: 30000 });
    await palette('View: Close Editor');
    await page.locator('.tab .label-name', { hasText: 'launch.mplan.yaml' }).first().waitFor({ state: 'detached', timeout: 30000 });
    await palette('View: Toggle Primary Side Bar Visibility');
    const f = await planMapLaidOut();
    await f.focus('g.node[data-id="segment:teen-gamers"]');
    // The focused node shows its details under the map.
    await f.waitForFunction(
      () =>
        document.activeElement?.getAttribute('data-id') === 'segment:teen-gamers' &&
        (document.querySelector('#details')?.textContent ?? '').startsWith('segment teen-gamers'),
      undefined,
      { timeout: 30000 },
    );
    await setTheme('Dark Modern', 'vs-dark', { id: 'Default Dark Modern', frame: f });
    await shoot(path.join(shots, 'plan-map.png'));
    await setTheme('Light Modern', 'vs', { id: 'Default Light Modern', frame: f });
    await shoot(path.join(shots, 'plan-map-light.png'));
    await setTheme('Dark High Contrast', 'hc-black', { id: 'Default High Contrast', frame: f });
    await shoot(path.join(shots, 'plan-map-high-contrast.png'));
    await setTheme('Dark Modern', 'vs-dark', { id: 'Default Dark Modern', frame: f });
    return 'plan-map.png, plan-map-light.png, plan-map-high-contrast.png';
  });

  await check('a real click on a plan map node opens its place in the editor', async () => {
    const f = await planMapFrame();
    await f.click('g.node[data-id="campaign:spring-launch"]');
    const sel = page.locator('#status\\.editor\\.selection');
    await sel.filter({ hasText: /Ln 4, Col (11|24) \(13 selected\)/ }).waitFor({ timeout: 30000 });
    const name = await page.locator('.editor-group-container.active .tab.active .label-name').first().innerText();
    if (!/launch\.mplan\.yaml/.test(name)) throw new Error(`active tab: ${name}`);
    return (await sel.innerText()).trim();
  });

  /**
   * The document of the timeline or budget webview (`body[data-view]`), once it has drawn `ready`:
   * webviews are nested iframes and several may be open, so every frame is asked.
   * @param {'timeline' | 'budget'} view
   * @param {string} ready
   * @returns {Promise<import('playwright-core').Frame>}
   */
  const viewFrame = async (view, ready) => {
    const t0 = Date.now();
    for (;;) {
      for (const f of page.frames()) {
        const found = await f.$(`body[data-view="${view}"] ${ready}`).catch(() => null);
        if (found) {
          await found.dispose();
          return f;
        }
      }
      if (Date.now() - t0 > 30000) throw new Error(`the ${view} webview did not draw ${ready} within 30 s`);
      await page.waitForEvent('framenavigated', { timeout: 250 }).catch(() => undefined);
    }
  };

  await check('Show Timeline from the command palette draws every campaign; screenshot', async () => {
    await palette('View: Close All Editors');
    await palette('Marketing Plan: Show Timeline');
    const f = await viewFrame('timeline', 'svg.timeline g.campaign rect.bar');
    const counts = await f.evaluate(() => ({
      bars: document.querySelectorAll('g.campaign rect.bar').length,
      errors: document.querySelectorAll('g.campaign rect.bar.sev-error').length,
      milestones: document.querySelectorAll('g.milestone').length,
    }));
    if (counts.bars !== 2 || counts.errors !== 1 || counts.milestones !== 3) throw new Error(`timeline: ${JSON.stringify(counts)}`);
    await f.focus('g.campaign[data-key="campaign:spring-launch"]');
    await shoot(path.join(shots, 'timeline.png'));
    return `timeline.png ${JSON.stringify(counts)}`;
  });

  await check('Show Budget from the command palette writes the totals; screenshot', async () => {
    await palette('View: Close All Editors');
    await palette('Marketing Plan: Show Budget');
    const f = await viewFrame('budget', '#totals');
    const totals = (await f.innerText('#totals')).trim();
    if (!/100000 EUR.*150000 EUR/.test(totals)) throw new Error(`totals: ${totals}`);
    await shoot(path.join(shots, 'budget.png'));
    return `budget.png ${totals}`;
  });

  await check('no Content Security Policy violation', async () => {
    if (cspViolations.length) throw new Error(cspViolations.slice(0, 3).join(' | '));
  });

  await page.close().catch(() => undefined);
  return { passed, failed };
}

module.exports = { uiSmoke };
