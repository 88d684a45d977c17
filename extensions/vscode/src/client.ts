import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from './protocol';
import { normaliseAsOf, resolveLocale } from './settings';

/**
 * The files the server reads: plans, certificates (one record, a JSON array or NDJSON), configs, and any other
 * JSON/YAML file, which the server checks only when its content is recognisably a plan or certificate.
 */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', pattern: '**/*.{plan,cert,certificate}.{json,yaml,yml}' },
  { scheme: 'file', pattern: '**/*.{certs,certificates}.json' },
  { scheme: 'file', pattern: '**/*.ndjson' },
  { scheme: 'file', pattern: '**/qualcat.config.json' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'yaml' },
];

/** Changes to these on disk (also of files not open) make the server re-read configs and re-validate. */
const WATCHED = '**/{qualcat.config.json,*.plan.json,*.plan.yaml,*.plan.yml,*.json}';

export function initializationOptions(): InitializationOptions {
  const config = vscode.workspace.getConfiguration('qualcat');
  const asOf = normaliseAsOf(config.get<string>('asOf'));
  return {
    locale: resolveLocale(config.get<string>('locale'), vscode.env.language),
    ...(asOf ? { asOf } : {}),
    trusted: vscode.workspace.isTrusted,
  };
}

/**
 * The server is bundled in the extension (dist/server/server.js) and runs on the extension host's Node:
 * `node server.js --stdio` (vscode-languageclient appends --stdio).
 */
export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: initializationOptions(),
    // Settings go to the server resolved (initializationOptions, then didChangeConfiguration from the extension),
    // never as raw VS Code settings: `locale: "auto"` means nothing to the server.
    synchronize: { fileEvents: watcher },
    outputChannel,
    traceOutputChannel: outputChannel,
    diagnosticCollectionName: 'qualcat',
  };
  // The id `qualcat` makes the client honour the `qualcat.trace.server` setting.
  return new LanguageClient('qualcat', 'qualcat', serverOptions, clientOptions);
}
