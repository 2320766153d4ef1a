/** SARIF 2.1.0 for code scanning (rules.md "Outputs"). */
import type * as Sarif from 'sarif';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../engine/findings';
import { displayPath } from './display-path';
import { RULES } from '../engine/rules/registry';
import { docsUrl } from '../engine/rules/docs-url';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative URI reference (RFC 3986): each path segment percent-encoded (`#`, `?`, `%`, spaces, `:`...). */
function relativeUri(relPath: string): string {
  return relPath
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function sarifLog(findings: readonly Finding[], cwd: string, version: string): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.code, i]));
  const location = (file: string, range: Finding['range']): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: { uri: relativeUri(displayPath(file, cwd)), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  });
  const results: Sarif.Result[] = findings.map((f) => {
    const result: Sarif.Result = {
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.file, f.range)],
      properties: { messageId: f.messageId, data: f.data },
    };
    if (f.related.length) {
      result.relatedLocations = f.related.map((r, i) => ({ id: i, ...location(r.file, r.range), message: { text: r.message } }));
    }
    if (f.suppressed) result.suppressions = [{ kind: f.suppression === 'baseline' ? 'external' : 'inSource' }];
    return result;
  });
  const base = pathToFileURL(cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mplan',
            version,
            informationUri: 'https://github.com/mplan-dev/mplan',
            rules: RULES.map((r) => ({
              id: r.meta.code,
              name: r.meta.name,
              shortDescription: { text: r.meta.summary },
              fullDescription: { text: r.meta.explanation },
              help: { text: r.meta.explanation, markdown: `${r.meta.explanation}\n\n[Rule documentation](${docsUrl(r.meta)})` },
              helpUri: docsUrl(r.meta),
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { tags: [r.meta.group] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base.endsWith('/') ? base : `${base}/` } },
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], cwd: string, version: string): string {
  return `${JSON.stringify(sarifLog(findings, cwd, version), null, 2)}\n`;
}
