/**
 * `qualcat-language-server --stdio`: the LSP server. It wires the language service (service.ts) to the protocol:
 * open documents, debounced validation, watched files, the workspace's plans and configs. No rule logic here.
 */
import './parsers.js'; // before anything parses: the SDK's YAML/JSON parsers (see parsers.ts)
import { basename } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, isIsoDate, isLocale, regionOf, type LoadConfigOptions, type LoadedConfig, type Locale } from '@qualcat/sdk';
import packageJson from '../package.json' with { type: 'json' };
import { BUNDLED_PLUGINS } from './bundled.js';
import { fileTypeOf } from './documents.js';
import {
  CATALOG,
  catalogTree,
  configStatus,
  STATUS,
  VALIDATE_WORKSPACE,
  type CatalogParams,
  type StatusParams,
  type StatusReport,
  type ValidateWorkspaceParams,
  type ValidateWorkspaceResult,
} from './protocol.js';
import { createLanguageService, FIX_ALL_KIND, type LanguageService } from './service.js';
import { tolerantValue } from './view.js';
import { ConfigStore, findFiles, isPlanFile, PlanIndex, pathToUri, readText, uriToPath } from './workspace.js';

/** initializationOptions, and the `qualcat` section of workspace/didChangeConfiguration. */
export interface ServerSettings {
  /**
   * Whether the workspace is trusted (VS Code Workspace Trust). false: no plugin code from the workspace is loaded
   * (loadConfig's allowCodePlugins); built-in national rules and the bundled provincial plugins still run.
   * Default true, as for the CLI: editors without a trust model run what the config names.
   */
  trusted?: boolean;
  /** Message, hover and completion language; default: each config's `locale`, else zh-CN. */
  locale?: Locale;
  /** The date rules depending on "today" use; default: each config's `asOf`, else today. */
  asOf?: string;
  /** Delay between the last keystroke and validation, in ms (default 200). */
  debounceMs?: number;
  /** Base of rule documentation links (default https://qualcat.dev/rules/). */
  ruleDocsBaseUrl?: string;
}

const DEFAULT_DEBOUNCE_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = {};
  let folders: string[] = [];
  let watchDynamically = false;
  let supportsFolderEvents = false;
  const plans = new PlanIndex();
  let indexReady: Promise<void> = Promise.resolve();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Open plans by the plan id their makeUpOf names, kept up to date as they are validated: no scan per keystroke. */
  const makeUpRefs = new Map<string, Set<string>>();
  const makeUpOfByUri = new Map<string, string>();
  function noteMakeUpOf(uri: string, makeUpOf: unknown) {
    const previous = makeUpOfByUri.get(uri);
    if (previous === makeUpOf) return;
    if (previous !== undefined) makeUpRefs.get(previous)?.delete(uri);
    if (typeof makeUpOf === 'string') {
      makeUpOfByUri.set(uri, makeUpOf);
      let set = makeUpRefs.get(makeUpOf);
      if (!set) makeUpRefs.set(makeUpOf, (set = new Set()));
      set.add(uri);
    } else makeUpOfByUri.delete(uri);
  }
  /** Configs whose "not trusted" message was shown (once each per load). */
  const warnedUntrusted = new Set<string>();

  const trusted = () => settings.trusted !== false;
  const loadOptions = (): LoadConfigOptions => ({
    bundledPlugins: BUNDLED_PLUGINS,
    allowCodePlugins: trusted(),
    ...(settings.locale ? { locale: settings.locale } : {}),
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
  });
  const configs = new ConfigStore(loadOptions(), () => folders[0], onConfigLoaded);
  let service = makeService();

  function makeService(): LanguageService {
    return createLanguageService({
      configFor: (uri) => configs.forUri(uri),
      plans,
      ...(settings.locale ? { locale: settings.locale } : {}),
      ...(settings.ruleDocsBaseUrl ? { ruleDocsBaseUrl: settings.ruleDocsBaseUrl } : {}),
      pluginNames: Object.keys(BUNDLED_PLUGINS),
    });
  }

  function applySettings(next: unknown) {
    const s = (next ?? {}) as Record<string, unknown>;
    settings = {
      ...(typeof s.trusted === 'boolean' ? { trusted: s.trusted } : {}),
      ...(isLocale(s.locale) ? { locale: s.locale } : {}),
      ...(isIsoDate(s.asOf) ? { asOf: s.asOf } : {}),
      ...(typeof s.debounceMs === 'number' && s.debounceMs >= 0 ? { debounceMs: s.debounceMs } : {}),
      ...(typeof s.ruleDocsBaseUrl === 'string' ? { ruleDocsBaseUrl: s.ruleDocsBaseUrl } : {}),
    };
  }

  /** A config was (re)loaded: its problems go to the config file, and an untrusted workspace is told why. */
  function onConfigLoaded(loaded: LoadedConfig) {
    if (!loaded.path) return;
    const uri = pathToUri(loaded.path);
    if (!documents.get(uri)) void publishFile(uri);
    const untrusted = loaded.diagnostics.filter((d) => d.messageId === 'untrusted-code');
    if (untrusted.length && !warnedUntrusted.has(loaded.path)) {
      warnedUntrusted.add(loaded.path);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `qualcat: ${untrusted.map((d) => d.message).join('\n')}` });
    }
  }

  async function publishFile(uri: string, text?: string): Promise<void> {
    const path = uriToPath(uri);
    const content = text ?? (path ? await readText(path) : undefined);
    if (content === undefined) return;
    connection.sendDiagnostics({ uri, diagnostics: await service.validate(content, uri) });
  }

  function schedule(uri: string, delay = settings.debounceMs ?? DEFAULT_DEBOUNCE_MS) {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validateOpen(uri);
      }, delay),
    );
  }

  async function validateOpen(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const { version } = document;
    const text = document.getText();
    try {
      await indexReady;
      const diagnostics = await service.validate(text, uri);
      // A newer edit has its own validation coming: never publish results for an old text.
      if (documents.get(uri)?.version !== version) return;
      connection.sendDiagnostics({ uri, version, diagnostics });
      // The edited plan replaces its disk version in the index (parsed once, by the lint); plans naming it follow.
      if (fileTypeOf(uri, text)?.kind === 'plan') {
        const parsed = await service.parsed(text, uri);
        noteMakeUpOf(uri, (parsed?.value as { makeUpOf?: unknown } | undefined)?.makeUpOf);
        revalidateDependents(plans.set(uri, parsed, 'open'), uri);
      }
    } catch (error) {
      connection.console.error(`qualcat: validating ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  /** Open documents that refer to a changed plan (a make-up plan's makeUpOf, a certificate's planId). */
  function revalidateDependents(changedIds: readonly string[], except?: string) {
    if (changedIds.length === 0) return;
    for (const id of changedIds) for (const uri of makeUpRefs.get(id) ?? []) if (uri !== except) schedule(uri);
    // Certificate files may name any plan (planId): they are few, and re-checked on any plan change.
    for (const document of documents.all()) {
      if (document.uri === except) continue;
      const type = fileTypeOf(document.uri) ?? fileTypeOf(document.uri, document.getText());
      if (type && type.kind !== 'plan' && type.kind !== 'config') schedule(document.uri);
    }
  }

  function revalidateAll() {
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  function reloadConfigs() {
    configs.reset(loadOptions());
    service = makeService();
    revalidateAll();
    loadWorkspaceConfigs();
  }

  /** Loads the workspace's config files, so their problems show (onConfigLoaded) before any document needs them. */
  function loadWorkspaceConfigs() {
    for (const folder of folders) void findFiles(folder, (name) => name === CONFIG_FILE_NAME, 200).then((paths) => paths.forEach((path) => void configs.load(path)));
  }

  async function indexFolders(roots: readonly string[]): Promise<void> {
    for (const folder of roots) {
      for (const path of await findFiles(folder, isPlanFile)) {
        const uri = pathToUri(path);
        const text = await readText(path);
        if (text !== undefined) plans.set(uri, text, 'disk');
      }
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    applySettings(params.initializationOptions);
    configs.reset(loadOptions());
    service = makeService();
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders = [root];
    }
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    supportsFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
    indexReady = indexFolders(folders).catch((error) => connection.console.error(`qualcat: indexing the workspace failed: ${String(error)}`));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        definitionProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'qualcat-language-server', version: packageJson.version },
    };
  });

  connection.onInitialized(() => {
    if (supportsFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
        folders = [...folders.filter((f) => !removed.has(f)), ...added];
        const previous = indexReady;
        indexReady = previous.then(() => indexFolders(added)).catch((error) => connection.console.error(`qualcat: indexing ${added.join(', ')} failed: ${String(error)}`));
        void indexReady.then(revalidateAll);
      });
    }
    if (watchDynamically) {
      // One broad watcher: configs, plans, catalogs and plugins given by path; the server picks what matters.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{json,yaml,yml,js,mjs,cjs}' }],
      });
    }
    loadWorkspaceConfigs();
  });

  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as { qualcat?: unknown } | undefined)?.qualcat;
    if (!section) return;
    const wasTrusted = trusted();
    applySettings({ ...settings, ...(section as object) });
    // Say it again only if trust was withdrawn again; a config reload alone does not repeat the warning.
    if (trusted() !== wasTrusted) warnedUntrusted.clear();
    reloadConfigs();
  });

  documents.onDidOpen((event) => schedule(event.document.uri, 0));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidSave((event) => {
    if (basename(uriToPath(event.document.uri) ?? '') === CONFIG_FILE_NAME) reloadConfigs();
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    noteMakeUpOf(uri, undefined);
    revalidateDependents(plans.delete(uri, 'open'));
    connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    let reload = false;
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      if (await configs.affects(path)) reload = true;
      if (isPlanFile(basename(path))) {
        if (change.type === FileChangeType.Deleted) revalidateDependents(plans.delete(change.uri, 'disk'));
        else {
          const text = await readText(path);
          if (text !== undefined) revalidateDependents(plans.set(change.uri, text, 'disk'));
        }
      }
    }
    if (reload) reloadConfigs();
  });

  const guard =
    <P, R>(what: string, fallback: R, handler: (params: P) => Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`qualcat: ${what} failed: ${(error as Error)?.stack ?? String(error)}`);
        return fallback;
      }
    };

  connection.onHover(
    guard('hover', null, async (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.hover(document.getText(), document.uri, params.position) : null;
    }),
  );

  connection.onCompletion(
    guard('completion', { isIncomplete: false, items: [] }, async (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.complete(document.getText(), document.uri, params.position) : { isIncomplete: false, items: [] };
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return service.codeActions(document.getText(), document.uri, params.range, params.context.diagnostics, params.context.only);
    }),
  );

  connection.onDefinition(
    guard('definition', null, async (params) => {
      await indexReady;
      const document = documents.get(params.textDocument.uri);
      return document ? service.definition(document.getText(), document.uri, params.position) : null;
    }),
  );

  connection.onRequest(VALIDATE_WORKSPACE, async (params: ValidateWorkspaceParams | undefined): Promise<ValidateWorkspaceResult> => {
    await indexReady;
    const roots = params?.folderUri ? [uriToPath(params.folderUri)].filter((p): p is string => !!p) : folders;
    const result: ValidateWorkspaceResult = { files: [], errors: 0, warnings: 0 };
    for (const root of roots) {
      for (const path of await findFiles(root, (name) => isPlanFile(name) || name === CONFIG_FILE_NAME)) {
        const uri = pathToUri(path);
        const open = documents.get(uri);
        const text = open?.getText() ?? (await readText(path));
        if (text === undefined) continue;
        const diagnostics = await service.validate(text, uri);
        connection.sendDiagnostics({ uri, ...(open ? { version: open.version } : {}), diagnostics });
        result.files.push({ uri, diagnostics });
        result.errors += diagnostics.filter((d) => d.severity === 1).length;
        result.warnings += diagnostics.filter((d) => d.severity === 2).length;
      }
    }
    return result;
  });

  connection.onRequest(CATALOG, async (params: CatalogParams | undefined) => {
    const loaded = params?.uri ? await configs.forUri(params.uri) : folders[0] ? await configs.forDirectory(folders[0]) : await configs.load(undefined);
    const open = params?.uri ? documents.get(params.uri) : undefined;
    const region = params?.region ?? (open ? regionOf(tolerantValue(open.getText(), fileTypeOf(open.uri)?.format === 'yaml' ? 'yaml' : 'json')) : undefined);
    return catalogTree(loaded, region);
  });

  connection.onRequest(STATUS, async (params: StatusParams | undefined): Promise<StatusReport> => {
    if (params?.uri) await configs.forUri(params.uri);
    const loaded = await configs.all();
    return {
      trusted: trusted(),
      ...(settings.locale ? { locale: settings.locale } : {}),
      configs: loaded.map((l) => configStatus(l, l.path ? pathToUri(l.path) : undefined)),
    };
  });

  documents.listen(connection);
  connection.listen();
}

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageJson.version}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: qualcat-language-server --stdio\n\nThe qualcat language server (LSP over stdio; --node-ipc and --socket=<port> also work).\n' +
      'initializationOptions: { trusted?: boolean, locale?: "zh-CN" | "en", asOf?: "YYYY-MM-DD", debounceMs?: number, ruleDocsBaseUrl?: string }\n',
  );
} else {
  startServer(createConnection(ProposedFeatures.all));
}
