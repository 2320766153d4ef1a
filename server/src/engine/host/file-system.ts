/**
 * The file system the host reads through: Node's `fs` for the CLI and the
 * language server (`project/disk.ts`), memory for tests, `vscode.workspace.fs`
 * for a browser build. Asynchronous, because the last one is; an
 * implementation over synchronous calls returns settled promises. Never throws:
 * failures are values.
 */

/** What a path is, following a symbolic link to its target, without opening anything. */
export type PathKind = 'file' | 'dir' | 'special' | 'missing' | 'unreachable';

/** What reading one file gave: its text, or why it cannot be read as text. */
export type FileRead = { ok: true; text: string } | { ok: false; reason: string; special: boolean; missing: boolean };

/** A folder entry; a symbolic link is classed by its target, and a link to a folder is `link-dir` (never followed). */
export interface DirEntry {
  name: string;
  kind: PathKind | 'link-dir';
}

export interface HostFileSystem {
  /** The entries of a folder (none when it cannot be listed). */
  readDirectory(dir: string): Promise<DirEntry[]>;
  /** A regular file's text as UTF-8, or why not (never opens a FIFO, socket or device). */
  readFile(file: string): Promise<FileRead>;
  stat(path: string): Promise<PathKind>;
}
