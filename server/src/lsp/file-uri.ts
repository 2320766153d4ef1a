/**
 * `file:` URIs <-> absolute paths without `node:url` (the browser build of the server has no Node),
 * giving what Node's `fileURLToPath` / `pathToFileURL` give on the platform it runs on: a drive
 * (`file:///c%3A/...`) is read as `c:\...` on Windows only, as Node does; a browser is not Windows.
 */

const WINDOWS = typeof process !== 'undefined' && process.platform === 'win32';

/** The path of a `file:` URI, or undefined when it names no local path (a host, an encoded `/`, bad escapes). */
export function fileUriToPath(uri: string): string | undefined {
  const m = /^file:(?:\/\/([^/?#]*))?([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  const host = m[1] ?? '';
  if (host !== '' && host.toLowerCase() !== 'localhost') return undefined;
  const raw = m[2] || '/';
  if (/%2f/i.test(raw)) return undefined;
  let p: string;
  try {
    p = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const drive = WINDOWS ? /^\/([A-Za-z]):(\/|$)/.exec(p) : null;
  if (drive) return `${drive[1]}:${p.slice(3).replace(/\//g, '\\') || '\\'}`;
  return p.startsWith('/') ? p : undefined;
}

/** The `file:` URI of an absolute path (`/...` or `C:\...`). */
export function pathToFileUri(path: string): string {
  const drive = /^([A-Za-z]):[\\/]/.exec(path);
  const p = drive ? `/${drive[1]}:${path.slice(2).replace(/\\/g, '/')}` : path;
  let encoded: string;
  try {
    encoded = encodeURI(p);
  } catch {
    // A lone surrogate: encoded as U+FFFD, as the URL parser does.
    encoded = encodeURI(p.replace(/[\uD800-\uDFFF]/g, (c, i: number) => (isPaired(p, i) ? c : '\uFFFD')));
  }
  // Node's `pathToFileURL` escapes these too; `encodeURI` leaves them.
  encoded = encoded.replace(/\?/g, '%3F').replace(/#/g, '%23').replace(/~/g, '%7E');
  return `file://${encoded}`;
}

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
