/**
 * The client's side of the file system over the client (`shared/protocol.ts`): the browser build of
 * the server has no disk and asks here; answers come from `vscode.workspace.fs`, so github.dev
 * (`vscode-vfs:`), remote (`vscode-remote:`) and local (`file:`) workspaces read alike. A server key
 * is an absolute path for `file:` and the URI itself for any other scheme; names in a folder listing
 * are written as they appear in such a key (percent-encoded in a URI, as VS Code writes it).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/lib/common/api';
import {
  FS_READ_DIRECTORY,
  FS_READ_FILE,
  FS_STAT,
  type KeyParams,
  type WireDirEntry,
  type WireFileRead,
  type WirePathKind,
} from '../../shared/protocol';
import { decodeText } from '../../shared/decode-text';

/** True for a key that is an absolute path (`/...`, `C:\...`), false for a URI. */
const isPathKey = (key: string): boolean => key.startsWith('/') || /^[A-Za-z]:[\\/]/.test(key);

function uriOfKey(key: string): vscode.Uri | undefined {
  try {
    return isPathKey(key) ? vscode.Uri.file(key) : vscode.Uri.parse(key, true);
  } catch {
    return undefined;
  }
}

function kindOf(type: vscode.FileType): WirePathKind | 'link-dir' {
  const link = (type & vscode.FileType.SymbolicLink) !== 0;
  if (type & vscode.FileType.Directory) return link ? 'link-dir' : 'dir';
  if (type & vscode.FileType.File) return 'file';
  return link ? 'missing' : 'special';
}

const missingError = (e: unknown): boolean =>
  e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound');

async function statKey(key: string): Promise<WirePathKind> {
  const uri = uriOfKey(key);
  if (!uri) return 'missing';
  try {
    const kind = kindOf((await vscode.workspace.fs.stat(uri)).type);
    return kind === 'link-dir' ? 'dir' : kind;
  } catch (e) {
    return missingError(e) ? 'missing' : 'unreachable';
  }
}

async function readDirectoryKey(key: string): Promise<WireDirEntry[]> {
  const dir = uriOfKey(key);
  if (!dir) return [];
  try {
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries.map(([name, type]) => {
      const inKey = isPathKey(key) ? name : (vscode.Uri.joinPath(dir, name).toString().split('/').pop() ?? name);
      return { name: inKey, kind: kindOf(type) };
    });
  } catch {
    return [];
  }
}

async function readFileKey(key: string): Promise<WireFileRead> {
  const kind = await statKey(key);
  if (kind === 'missing') return { ok: false, reason: 'no such file', special: false, missing: true };
  if (kind === 'dir') return { ok: false, reason: 'is a directory', special: false, missing: false };
  if (kind === 'special') return { ok: false, reason: 'not a regular file', special: true, missing: false };
  const uri = uriOfKey(key);
  if (kind === 'unreachable' || !uri) return { ok: false, reason: 'permission denied', special: false, missing: false };
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (missingError(e)) return { ok: false, reason: 'no such file', special: false, missing: true };
    return {
      ok: false,
      reason: `cannot be read (${e instanceof vscode.FileSystemError ? e.code : 'I/O error'})`,
      special: false,
      missing: false,
    };
  }
}

/** Answer the server's file system requests for as long as the returned disposable lives. */
export function serveFileSystem(client: BaseLanguageClient): vscode.Disposable {
  const subs: vscode.Disposable[] = [
    client.onRequest(FS_READ_DIRECTORY, (p: KeyParams) => readDirectoryKey(p.key)),
    client.onRequest(FS_READ_FILE, (p: KeyParams) => readFileKey(p.key)),
    client.onRequest(FS_STAT, (p: KeyParams) => statKey(p.key)),
  ];
  return {
    dispose: () => {
      for (const s of subs) s.dispose();
    },
  };
}
