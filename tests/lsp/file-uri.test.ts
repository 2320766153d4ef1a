/** `file:` URIs without `node:url` (the browser build) give what Node's `url` module gives. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { fileUriToPath, pathToFileUri } from '../../server/src/lsp/file-uri';

const segment = fc
  .string({
    unit: fc.oneof(fc.constantFrom(...' !"#$%&\'()*+,-.:;<=>?@[\\]^_`{|}~\t\né日😀'), fc.string({ minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 8,
  })
  .filter((s) => !s.includes('/') && s !== '.' && s !== '..' && !s.includes('\0'));
const posixPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`);

describe('file URIs without node:url', () => {
  it("pathToFileUri is Node's pathToFileURL and fileUriToPath inverts it (POSIX paths, any characters)", () => {
    fc.assert(
      fc.property(posixPath, (p) => {
        assert.equal(pathToFileUri(p), pathToFileURL(p).href);
        assert.equal(fileUriToPath(pathToFileUri(p)), p);
        assert.equal(fileUriToPath(pathToFileURL(p).href), fileURLToPath(pathToFileURL(p).href));
      }),
      { numRuns: 500 },
    );
  });

  it('reads what VS Code writes (more escapes, localhost, a Windows drive) and refuses what names no local path', () => {
    assert.equal(fileUriToPath('file:///home/a%20b/plan%40x.mplan.yaml'), '/home/a b/plan@x.mplan.yaml');
    assert.equal(fileUriToPath('file://localhost/tmp/p.mplan.yaml'), '/tmp/p.mplan.yaml');
    assert.equal(fileUriToPath('file:///c%3A/Users/p.mplan.yaml'), fileURLToPath('file:///c%3A/Users/p.mplan.yaml'));
    assert.equal(pathToFileUri('C:\\Users\\a b\\p.mplan.yaml'), 'file:///C:/Users/a%20b/p.mplan.yaml');
    assert.equal(fileUriToPath('file://server/share/p.mplan.yaml'), undefined);
    assert.equal(fileUriToPath('file:///a%2Fb'), undefined);
    assert.equal(fileUriToPath('file:///a%E0%A4'), undefined);
    assert.equal(fileUriToPath('untitled:Untitled-1'), undefined);
  });
});
