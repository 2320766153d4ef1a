/** A fresh nonce for a webview's CSP, from the Web Crypto API (the same in Node and in a browser worker). */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
