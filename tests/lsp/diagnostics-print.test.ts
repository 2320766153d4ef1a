import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import type { Finding } from '../../server/src/engine/findings';
import { diagnosticsPrint, toDiagnostic, uriOfPath } from '../../server/src/lsp/convert';
import { generatePlan } from '../bench/generate';

const ALL: ReadonlyArray<readonly [string, string]> = [...generatePlan({ campaigns: 24, files: 6, violations: 0.4, seed: 4 }).files].map(
  ([rel, text]) => [`/print/${rel}`, text] as const,
);
const FILES = ALL.filter(([p]) => p.endsWith('.mplan.yaml'));
const CONFIGS = ALL.filter(([p]) => !p.endsWith('.mplan.yaml'));

function hostOf(texts: ReadonlyMap<string, string>): AnalysisHost {
  const host = new AnalysisHost({ today: '2027-01-01' });
  for (const [p, t] of CONFIGS) host.setConfig(p, t);
  for (const [p, t] of texts) host.setText(p, t);
  return host;
}
const TOKEN = /\b(?:seg|prod|res|vp|init)-[a-z0-9-]+\b|\b\d+(?:\.\d+)?%?|\b20\d\d-\d\d-\d\d\b/g;
const WORDS = [...new Set(FILES.flatMap(([, t]) => t.match(TOKEN) ?? []))].sort();

/** Every plan file's unsuppressed findings, as the server holds them. */
function byFile(host: AnalysisHost): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const [p] of FILES) out.set(p, host.currentFindingsOf(p) ?? []);
  return out;
}

const live = (broken: ReadonlySet<string>) => (p: string) => !broken.has(p);

describe('diagnostics print', () => {
  it('is equal only when the diagnostics are equal (and rarely differs when they are), over random edits of a plan with findings in every file', () => {
    let compared = 0;
    let unchanged = 0;
    /** Files whose print changed while their diagnostics did not (converted again for nothing). */
    let needless = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ file: fc.nat({ max: FILES.length - 1 }), at: fc.nat(), word: fc.constantFrom(...WORDS) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom('en', 'fr'),
        (edits, locale) => {
          const texts = new Map(FILES);
          const host = hostOf(texts);
          let before = byFile(host);
          for (const e of edits) {
            const [p] = FILES[e.file];
            const text = texts.get(p) ?? '';
            const hits = [...text.matchAll(TOKEN)];
            if (!hits.length) continue;
            const h = hits[e.at % hits.length];
            const next = text.slice(0, h.index) + e.word + text.slice((h.index ?? 0) + h[0].length);
            texts.set(p, next);
            host.setText(p, next);
            const after = byFile(host);
            const broken = new Set([...texts.keys()].filter((k) => host.isBroken(k)));
            for (const [file, list] of after) {
              const old = before.get(file) ?? [];
              const diagnostics = (fs: Finding[]): string =>
                JSON.stringify(fs.map((f) => toDiagnostic(f, uriOfPath, live(broken), locale)));
              const samePrint =
                diagnosticsPrint(old, uriOfPath, live(broken), locale) === diagnosticsPrint(list, uriOfPath, live(broken), locale);
              const same = diagnostics(old) === diagnostics(list);
              if (samePrint) assert.ok(same, `${file} after editing ${p}: equal prints, different diagnostics`);
              else if (same) needless++;
              compared++;
              if (same) unchanged++;
            }
            before = after;
          }
        },
      ),
      { numRuns: 60, seed: 21 },
    );
    assert.ok(unchanged > 0 && unchanged < compared, `${unchanged} of ${compared} files kept their diagnostics`);
    assert.ok(needless < unchanged / 10, `${needless} of ${unchanged} unchanged files converted again`);
  });

  it('changes with each part of a diagnostic: message, range, related place shown, fix title', () => {
    const host = hostOf(new Map(FILES));
    const withRelated = [...byFile(host).values()].flat().find((f) => f.related.length && f.fixes.length);
    assert.ok(withRelated);
    const print = (f: Finding, isLive: (p: string) => boolean = () => true): string => diagnosticsPrint([f], uriOfPath, isLive, 'en');
    const base = print(withRelated);
    const moved = { ...withRelated.range.start, character: withRelated.range.start.character + 1 };
    const variants: Finding[] = [
      { ...withRelated, message: `${withRelated.message}.` },
      { ...withRelated, severity: withRelated.severity === 'error' ? 'warning' : 'error' },
      { ...withRelated, range: { start: moved, end: withRelated.range.end } },
      { ...withRelated, related: withRelated.related.map((r) => ({ ...r, message: `${r.message}!` })) },
      { ...withRelated, fixes: withRelated.fixes.map((x) => ({ ...x, title: `${x.title}!` })) },
      { ...withRelated, data: { ...withRelated.data, extra: 1 } },
    ];
    for (const v of variants) assert.notEqual(print(v), base);
    assert.notEqual(
      print(withRelated, (p) => p !== withRelated.related[0].file),
      base,
      'a related place in a file that broke is no longer shown',
    );
    assert.notEqual(
      diagnosticsPrint([withRelated], uriOfPath, () => true, 'fr'),
      base,
    );
  });
});
