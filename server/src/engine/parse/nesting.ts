/**
 * How deep a text nests, read before the YAML parser sees it. The parser and
 * the plain data it builds recurse once per level; far past any plan's depth,
 * that recursion can exhaust the stack in ways a JavaScript runtime cannot
 * always recover from (V8 aborts the process when it compiles a regular
 * expression with the stack nearly spent). So a text nesting deeper than
 * MAX_NESTING is not parsed: it is one MP001 at the opening that goes too deep.
 *
 * The count errs on the side of depth (block levels by indentation, each
 * `- ` entry, each flow `[` or `{` that opens a value), so no text the parser
 * would recurse through more deeply passes; plans nest about ten levels.
 */

/** Levels of nesting (block and flow together) a plan may have. */
export const MAX_NESTING = 256;

/** True when `c` may come just before a token that opens a value (`: `, `- `, `[`, `{`, `,`, `? `). */
const opensValue = (c: string | undefined): boolean =>
  c === undefined || c === ':' || c === '-' || c === '[' || c === '{' || c === ',' || c === '?';

/** The offset of the first opening that nests deeper than `max`, or -1. */
export function tooDeepAt(text: string, max = MAX_NESTING): number {
  const indents: number[] = [];
  let flow = 0;
  let flowIndent = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    const indent = i - lineStart;
    const content = i < lineEnd && text[i] !== '#' && text[i] !== '\r';
    if (content) {
      // A flow collection left open by a line as indented as where it opened: a syntax error, counted no further.
      if (flow > 0 && indent <= flowIndent) flow = 0;
      if (flow === 0) {
        while (indents.length && indents[indents.length - 1] > indent) indents.pop();
        if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent);
      }
      let depth = indents.length + flow;
      let prev: string | undefined; // the last character that is not a space, on this line
      let plain = false; // inside a plain scalar: its brackets are text
      for (; i < lineEnd; i++) {
        const c = text[i];
        if (c === ' ' || c === '\t') continue;
        if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
        const next = text[i + 1];
        const spaceAfter = i + 1 === lineEnd || next === ' ' || next === '\t' || next === '\r';
        if (plain) {
          if (c === ':' && spaceAfter)
            plain = false; // a key ends: a value may open after it
          else if (flow > 0 && (c === ',' || c === ']' || c === '}')) plain = false;
          else continue;
        }
        const atToken = opensValue(prev);
        if ((c === '"' || c === "'") && atToken) {
          // A quoted scalar: skip to its closing quote on this line (a quote doubled inside single quotes is text).
          let j = i + 1;
          while (j < lineEnd && !(text[j] === c && (c === '"' ? text[j - 1] !== '\\' : text[j + 1] !== "'")))
            j += c === "'" && text[j] === "'" ? 2 : 1;
          i = j;
          prev = c;
          continue;
        }
        if (c === '-' && atToken && spaceAfter) depth++;
        else if ((c === '[' || c === '{') && (atToken || flow > 0)) {
          if (flow === 0) flowIndent = indent;
          flow++;
          depth++;
        } else if ((c === ']' || c === '}') && flow > 0) {
          flow--;
          depth--;
        } else if (c !== ':' && c !== ',' && c !== '?' && c !== '-') plain = true;
        if (depth > max) return i;
        prev = c;
      }
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}
