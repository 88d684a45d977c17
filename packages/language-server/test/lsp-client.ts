/**
 * A real LSP client for the tests: `node dist/server.js --stdio` as a child process, spoken to over its stdio with
 * vscode-jsonrpc (through vscode-languageserver-protocol). Notifications are recorded, and tests wait for the one
 * they expect — no sleeps.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node.js';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER = join(PACKAGE_DIR, 'dist', 'server.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/server.js when it is missing or older than the sources (turbo builds first; a bare `vitest` may not). */
export function ensureServerBuilt(): void {
  if (existsSync(SERVER) && statSync(SERVER).mtimeMs >= newestMtime(join(PACKAGE_DIR, 'src'))) return;
  const tsup = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist', 'cli-default.js');
  execFileSync(process.execPath, [tsup], { cwd: PACKAGE_DIR, stdio: 'pipe' });
}

type Waiter<T> = { match: (value: T) => boolean; resolve: (value: T) => void };

class Recorder<T> {
  readonly seen: T[] = [];
  private waiters: Array<Waiter<T>> = [];
  push(value: T) {
    this.seen.push(value);
    this.waiters = this.waiters.filter((w) => (w.match(value) ? (w.resolve(value), false) : true));
  }
  /** The first value (already seen, from index `after` on, or still to come) that matches. */
  next(match: (value: T) => boolean, what: string, after = 0, timeoutMs = 20_000): Promise<T> {
    const found = this.seen.slice(after).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ match, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  }
}

export class LspClient {
  readonly diagnostics = new Recorder<PublishDiagnosticsParams>();
  readonly messages = new Recorder<ShowMessageParams>();
  readonly registrations: unknown[] = [];
  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly stderr: string[],
  ) {}

  static start(cwd: string): LspClient {
    ensureServerBuilt();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, stderr);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => client.diagnostics.push(p));
    connection.onNotification(ShowMessageNotification.type, (p) => client.messages.push(p));
    connection.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(p);
      return null;
    });
    connection.listen();
    return client;
  }

  async initialize(rootUri: string, initializationOptions: Record<string, unknown>): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true } },
          codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1) {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string) {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The diagnostics published for `uri` at `version` (or the next ones for a file that is not open). */
  diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics.next((p) => p.uri === uri && (version === undefined || p.version === version), `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (this.child.exitCode === null) this.child.kill();
      this.connection.dispose();
    }
  }
}
