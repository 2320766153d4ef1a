/**
 * The host's file system over the client, for the browser build of the server (a web Worker has no
 * disk): every read, listing and stat is a request the client answers through `vscode.workspace.fs`
 * (`shared/protocol.ts`), so `file:`, `vscode-vfs:` and `vscode-remote:` workspaces read alike.
 * A request that fails (the client is gone, it has no answer) reads as a file that is not there.
 */
import type { Connection } from 'vscode-languageserver';
import type { DirEntry, FileRead, HostFileSystem, PathKind } from '../engine/host/file-system';
import {
  FS_READ_DIRECTORY,
  FS_READ_FILE,
  FS_STAT,
  type ClientParamsOf,
  type ClientRequestMethod,
  type ClientResultOf,
} from '../../../shared/protocol';

export class ClientFileSystem implements HostFileSystem {
  constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {}

  private async ask<M extends ClientRequestMethod>(
    method: M,
    params: ClientParamsOf<M>,
    failed: ClientResultOf<M>,
  ): Promise<ClientResultOf<M>> {
    try {
      const r = await this.connection.sendRequest<ClientResultOf<M> | null | undefined>(method, params);
      return r ?? failed;
    } catch {
      return failed;
    }
  }

  readDirectory(dir: string): Promise<DirEntry[]> {
    return this.ask(FS_READ_DIRECTORY, { key: dir }, []);
  }

  readFile(file: string): Promise<FileRead> {
    return this.ask(FS_READ_FILE, { key: file }, { ok: false, reason: 'no such file', special: false, missing: true });
  }

  stat(path: string): Promise<PathKind> {
    return this.ask(FS_STAT, { key: path }, 'unreachable');
  }
}
