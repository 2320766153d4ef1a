/** A file system held in memory (tests; any caller with texts and no disk). */
import type { DirEntry, FileRead, HostFileSystem, PathKind } from './file-system';
import { dirname, basename, isUnder } from './paths';

/** A file's content: its text, or why it cannot be read as text (`unreadable`). */
export type MemoryFile = string | { unreadable: string };

export class MemoryFileSystem implements HostFileSystem {
  private readonly files = new Map<string, MemoryFile>();

  constructor(files: Iterable<[string, MemoryFile]> = []) {
    for (const [p, f] of files) this.files.set(p, f);
  }

  write(file: string, content: MemoryFile): void {
    this.files.set(file, content);
  }

  delete(file: string): void {
    this.files.delete(file);
  }

  readDirectory(dir: string): Promise<DirEntry[]> {
    const out = new Map<string, DirEntry>();
    for (const p of this.files.keys()) {
      if (!isUnder(p, dir)) continue;
      let child = p;
      while (dirname(child) !== dir) child = dirname(child);
      out.set(child, { name: basename(child), kind: child === p ? 'file' : 'dir' });
    }
    return Promise.resolve([...out.values()]);
  }

  readFile(file: string): Promise<FileRead> {
    const f = this.files.get(file);
    if (f === undefined) return Promise.resolve({ ok: false, reason: 'no such file', special: false, missing: true });
    if (typeof f !== 'string') return Promise.resolve({ ok: false, reason: f.unreadable, special: false, missing: false });
    return Promise.resolve({ ok: true, text: f });
  }

  stat(p: string): Promise<PathKind> {
    if (this.files.has(p)) return Promise.resolve('file');
    for (const f of this.files.keys()) if (isUnder(f, p)) return Promise.resolve('dir');
    return Promise.resolve('missing');
  }
}
