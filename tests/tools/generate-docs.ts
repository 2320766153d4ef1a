/** `npm run gen` (part): write docs/rules/*.md and the README's rule table from the registry and test tables. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs, readmeWithRules, REPO } from './rule-docs';

function main(): void {
  let written = 0;
  for (const [rel, text] of generatedDocs()) {
    const file = path.join(REPO, rel);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written++;
  }
  const readme = path.join(REPO, 'README.md');
  const before = fs.readFileSync(readme, 'utf8');
  const after = readmeWithRules(before);
  if (after !== before) {
    fs.writeFileSync(readme, after);
    written++;
  }
  process.stdout.write(`rule docs: ${written} file(s) written\n`);
}

if (require.main === module) main();
