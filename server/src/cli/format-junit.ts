/**
 * JUnit XML, the test-report format every CI shows (GitLab `artifacts:reports:junit`, Jenkins, Azure):
 * one test suite per checked file, one failed test case per finding, one passing case for a clean file.
 */
import type { Finding } from '../engine/findings';
import { displayPath } from './display-path';

/** XML 1.0 cannot carry most control characters at all, not even as references: they are written as `\xNN`. */
function xmlText(s: string): string {
  return s
    .replace(
      // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 cannot carry is the point
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(findings: readonly Finding[], cwd: string, files: readonly string[]): string {
  const live = findings.filter((f) => !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const file of files) byFile.set(file, []);
  for (const f of live) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const names = [...byFile.keys()].sort((a, b) => (displayPath(a, cwd) < displayPath(b, cwd) ? -1 : 1));
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = names.reduce((n, file) => n + Math.max(1, byFile.get(file)?.length ?? 0), 0);
  lines.push(`<testsuites name="mplan" tests="${total}" failures="${live.length}" errors="0">`);
  for (const file of names) {
    const list = byFile.get(file) ?? [];
    const rel = xmlText(displayPath(file, cwd));
    lines.push(`  <testsuite name="${rel}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0" skipped="0">`);
    if (!list.length) lines.push(`    <testcase classname="${rel}" name="no findings"/>`);
    for (const f of list) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`    <testcase classname="${rel}" name="${xmlText(`${f.code} ${f.name} at ${where}`)}">`);
      lines.push(
        `      <failure type="${f.severity}" message="${xmlText(f.message)}">${xmlText(`${f.severity} ${f.code} ${f.message} [${f.name}] at ${displayPath(file, cwd)}:${where}`)}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
