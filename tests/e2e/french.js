// @ts-check
/**
 * The extension in French in a real VS Code (code-server started with `--locale fr` and the language
 * stub of lib.js installLanguageStub): the command palette lists our commands by their French titles
 * (package.nls.fr.json) and Problems shows the server's findings in French (the client hands the
 * bundled server dist/l10n-server/fr.json), and the Budget webview draws in French (the words the host
 * translates with vscode.l10n.t), in the Node extension host and, with the user setting that
 * sends the extension there, in the web worker extension host. Every step waits for a state of the page, not for time.
 */
const path = require('node:path');

const COMMAND = 'Plan marketing: Afficher la carte du plan';
const MP201 =
  'la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99';

/**
 * @param {{ context: import('playwright-core').BrowserContext, cs: { url: string, remote: (p: string) => string }, folder: string, repo: string, failureShots: string, log: (m: string) => void, label: string }} o
 * @returns {Promise<{ passed: number, failed: number }>}
 */
async function frenchCheck({ context, cs, folder, repo, failureShots, log, label }) {
  const page = await context.newPage();
  const payload = [['extensionDevelopmentPath', cs.remote(repo)]];
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let passed = 0;
  let failed = 0;
  /**
   * @param {string} name
   * @param {() => Promise<void>} fn
   */
  const check = async (name, fn) => {
    try {
      await fn();
      passed++;
      log(`${label}: ${name}: ok`);
    } catch (e) {
      failed++;
      log(`${label}: ${name}: FAILED ${e instanceof Error ? e.message : String(e)}`);
      const shot = path.join(failureShots, `${new Date().toISOString().replace(/[:.]/g, '-')}-${label.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: shot }).then(
        () => log(`screenshot: ${shot}`),
        () => undefined,
      );
    }
  };
  const quickInput = () =>
    page.waitForFunction(
      () => {
        const input = document.querySelector('.quick-input-widget input');
        return input instanceof HTMLElement && input.checkVisibility() && document.activeElement === input;
      },
      undefined,
      { timeout: 60000 },
    );

  await check('the workbench runs in French (VS Code display language fr)', async () => {
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
    const language = await page.evaluate(() => /** @type {{ _VSCODE_NLS_LANGUAGE?: string }} */ (globalThis)._VSCODE_NLS_LANGUAGE);
    if (language !== 'fr') throw new Error(`the workbench's language is ${language}`);
  });

  await check('Problems shows the MP201 finding in French', async () => {
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('Control+P');
    await quickInput();
    await page.keyboard.type('launch.mplan.yaml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'launch.mplan.yaml' }).first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: MP201 }).first().waitFor({ timeout: 60000 });
  });
  await check(`the command palette lists «${COMMAND}»`, async () => {
    // After the finding is shown the extension is running, so its commands are registered.
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('F1');
    await quickInput();
    await page.keyboard.type('Afficher la carte du plan');
    await page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: COMMAND }) })
      .first()
      .waitFor({ timeout: 60000 });
    await page.keyboard.press('Escape');
  });

  await check('the Budget webview draws in French (its words from the l10n bundle, amounts the French way)', async () => {
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('F1');
    await quickInput();
    await page.keyboard.type('Afficher le budget');
    await page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: 'Plan marketing: Afficher le budget' }) })
      .first()
      .waitFor({ timeout: 60000 });
    await page.keyboard.press('Enter');
    const t0 = Date.now();
    for (;;) {
      for (const f of page.frames()) {
        const said = await f
          .evaluate(() => {
            const totals = document.querySelector('body[data-view="budget"] #totals');
            if (!(totals instanceof HTMLElement)) return undefined;
            return {
              totals: totals.innerText.trim(),
              chart: document.querySelector('svg.total title')?.textContent ?? '',
              headings: [...document.querySelectorAll('#chart h3')].map((h) => h.textContent ?? ''),
              help: document.querySelector('p.help')?.textContent ?? '',
            };
          })
          .catch(() => undefined);
        if (said) {
          if (!/^Campagnes : \d{1,3}(\u202f\d{3})* EUR · budget du plan : \d{1,3}(\u202f\d{3})* EUR/.test(said.totals))
            throw new Error(`totals: ${said.totals}`);
          if (said.chart !== 'Budgets des campagnes face au budget du plan') throw new Error(`chart title: ${said.chart}`);
          if (!said.headings.includes('Par segment') || !said.headings.includes('Par mois'))
            throw new Error(`headings: ${said.headings.join(' | ')}`);
          if (!said.help.startsWith('Montants tels que le plan les écrit')) throw new Error(`help: ${said.help}`);
          return;
        }
      }
      if (Date.now() - t0 > 60000) throw new Error('the budget webview did not draw its totals within 60 s');
      await page.waitForEvent('framenavigated', { timeout: 250 }).catch(() => undefined);
    }
  });

  await page.close().catch(() => undefined);
  return { passed, failed };
}

module.exports = { frenchCheck };
