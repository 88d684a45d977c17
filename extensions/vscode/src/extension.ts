import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, State, type LanguageClient } from 'vscode-languageclient/node';
import { normaliseCatalog, type CatalogGroup } from './catalog-model';
import { CatalogTreeProvider, type CatalogNode } from './catalog-view';
import { createClient, initializationOptions } from './client';
import { Requests, type CatalogParams, type StatusParams, type StatusReport, type ValidateWorkspaceParams, type ValidateWorkspaceResult } from './protocol';
import { describeStatus, type StatusLabels, type StatusView } from './status-model';

/** What activate() returns: the handles the end-to-end tests (and other extensions) use. */
export interface QualcatApi {
  /** Resolves once the server is running. */
  ready(): Promise<void>;
  validateWorkspace(): Promise<ValidateWorkspaceResult | undefined>;
  status(): StatusView & { report?: StatusReport };
  refreshStatus(): Promise<void>;
  catalog: CatalogTreeProvider;
  /** Whether the restricted-mode explanation was shown to the user. */
  restrictedNoticeShown(): boolean;
}

const t = vscode.l10n.t;

const statusLabels: StatusLabels = {
  nationalOnly: t('national rules only'),
  restricted: t('restricted'),
  starting: t('qualcat language server is starting…'),
  tooltipPlugins: t('Active province plugins:'),
  tooltipNoPlugins: t('No province plugin is active: national rules only.'),
  tooltipAsOf: (asOf) => t('Rules that depend on “today” use **{0}** (setting `qualcat.asOf`).', asOf),
  tooltipRestricted: t(
    'Restricted mode: this workspace is not trusted, so no plugin code from it is loaded. National rules and the bundled province plugins still run.',
  ),
  tooltipNotLoaded: t('Named by the config but not loaded:'),
  tooltipClick: t('Click for qualcat actions.'),
};

let client: LanguageClient | undefined;

/** The file in the active editor: its config decides the plugins, asOf and catalog the server reports. */
function activeDocument(): { uri?: string } {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === 'file' ? { uri: uri.toString() } : {};
}

export async function activate(context: vscode.ExtensionContext): Promise<QualcatApi> {
  const output = vscode.window.createOutputChannel('qualcat');
  context.subscriptions.push(output);

  let starting: Promise<void> | undefined;
  let statusResult: StatusReport | undefined;
  let noticeShown = false;

  const statusItem = vscode.window.createStatusBarItem('qualcat.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = t('qualcat status');
  statusItem.command = 'qualcat.showStatus';
  context.subscriptions.push(statusItem);

  const renderStatus = (): StatusView => {
    const view = describeStatus(statusResult, vscode.workspace.isTrusted, statusLabels);
    statusItem.text = view.text;
    statusItem.tooltip = new vscode.MarkdownString(view.tooltip, true);
    statusItem.backgroundColor = view.restricted ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    statusItem.show();
    return view;
  };
  renderStatus();

  const start = (): Promise<void> => {
    starting ??= (async () => {
      client = createClient(context, output);
      // Registered before start, so it replaces the client's default handling of window/showMessage.
      client.onNotification(ShowMessageNotification.type, (message) => void onServerMessage(message.type, message.message));
      try {
        await client.start();
      } catch (error) {
        output.appendLine(String((error as Error)?.stack ?? error));
        void vscode.window.showErrorMessage(t('The qualcat language server failed to start: {0}', String((error as Error)?.message ?? error)), t('Show Output')).then((choice) => {
          if (choice) output.show();
        });
        throw error;
      }
    })();
    return starting;
  };

  const ready = async (): Promise<LanguageClient> => {
    await start();
    return client!;
  };

  const restart = async (): Promise<void> => {
    const old = client;
    const wasStarting = starting;
    client = undefined;
    starting = undefined;
    statusResult = undefined;
    renderStatus();
    if (old) {
      await wasStarting?.catch(() => undefined);
      if (old.state !== State.Stopped) await old.stop().catch(() => undefined);
      await old.dispose().catch(() => undefined);
    }
    catalog.invalidate();
    await start();
    await refreshStatus();
  };

  const refreshStatus = async (): Promise<void> => {
    try {
      const c = await ready();
      statusResult = await c.sendRequest<StatusReport>(Requests.status, activeDocument() satisfies StatusParams);
    } catch (error) {
      output.appendLine(`qualcat/status: ${String((error as Error)?.message ?? error)}`);
    }
    const view = renderStatus();
    explainRestrictedMode(view);
  };

  /**
   * Messages the server shows. In restricted mode it warns that workspace plugins were not loaded; the extension
   * says that itself (in the UI language, with a way to trust the folder), so that warning is not shown twice.
   */
  const onServerMessage = async (type: MessageType, message: string): Promise<void> => {
    if (type === MessageType.Warning && !vscode.workspace.isTrusted) {
      await refreshStatus();
      const view = describeStatus(statusResult, vscode.workspace.isTrusted, statusLabels);
      if (view.notLoaded.some((n) => n.reason === 'untrusted-code' && message.includes(n.message))) return;
    }
    const show = type === MessageType.Error ? vscode.window.showErrorMessage : type === MessageType.Warning ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(message);
  };

  /** Settings changed or trust was granted: the server reloads its configs with the new options. */
  const sendSettings = async (): Promise<void> => {
    if (!client || client.state !== State.Running) return;
    // The server merges these into what it had: an unset asOf must be sent as null to clear the previous one.
    const settings = initializationOptions();
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { qualcat: { ...settings, asOf: settings.asOf ?? null } } });
    catalog.invalidate();
    await refreshStatus();
  };

  /**
   * Tell the user once, when a config names workspace plugin code that restricted mode kept from loading, why
   * its rules are missing, with a way to trust the folder. (The server also says so on each affected document.)
   */
  const explainRestrictedMode = (view: StatusView): void => {
    const untrusted = view.notLoaded.filter((n) => n.reason === 'untrusted-code').map((n) => n.plugin);
    if (noticeShown || vscode.workspace.isTrusted || untrusted.length === 0) return;
    noticeShown = true;
    const manage = t('Manage Workspace Trust');
    void vscode.window
      .showWarningMessage(
        t(
          'qualcat: this workspace is not trusted, so its plugin code ({0}) was not loaded. National rules and the bundled province plugins still run; trust the workspace to load its plugins.',
          untrusted.join(', '),
        ),
        manage,
      )
      .then((choice) => {
        if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
      });
  };

  const catalog = new CatalogTreeProvider(async (): Promise<CatalogGroup[]> => {
    try {
      const c = await ready();
      return normaliseCatalog(await c.sendRequest<unknown>(Requests.catalog, activeDocument() satisfies CatalogParams));
    } catch (error) {
      output.appendLine(`qualcat/catalog: ${String((error as Error)?.message ?? error)}`);
      return [];
    }
  });
  const catalogView = vscode.window.createTreeView<CatalogNode>('qualcat.catalog', { treeDataProvider: catalog, showCollapseAll: true });
  catalog.view = catalogView;
  context.subscriptions.push(catalogView);

  const validateWorkspace = async (): Promise<ValidateWorkspaceResult | undefined> => {
    const c = await ready();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('qualcat: validating every plan in the workspace…') },
      () => c.sendRequest<ValidateWorkspaceResult | undefined>(Requests.validateWorkspace, {} satisfies ValidateWorkspaceParams),
    );
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (result) {
      // Not awaited: a command must not wait for the user to close a notification.
      void vscode.window.showInformationMessage(t('qualcat checked {0} files — errors: {1}, warnings: {2}.', result.files.length, result.errors, result.warnings));
    }
    return result ?? undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('qualcat.validateWorkspace', validateWorkspace),
    vscode.commands.registerCommand('qualcat.restartServer', restart),
    vscode.commands.registerCommand('qualcat.catalog.refresh', () => catalog.refresh()),
    vscode.commands.registerCommand('qualcat.catalog.search', async (query?: string) => {
      const value =
        typeof query === 'string'
          ? query
          : await vscode.window.showInputBox({
              title: t('Search the catalog'),
              prompt: t('Occupation or group name, batch or exit date (e.g. 电工, 热处理, 2020-09-30)'),
              value: catalog.searchQuery,
            });
      if (value === undefined) return;
      await catalog.search(value);
      if (value) await vscode.commands.executeCommand('qualcat.catalog.focus');
    }),
    vscode.commands.registerCommand('qualcat.catalog.clearSearch', () => catalog.search('')),
    vscode.commands.registerCommand('qualcat.catalog.copyName', async (node?: CatalogNode) => {
      if (node?.kind !== 'occupation') return;
      await vscode.env.clipboard.writeText(node.occupation.name);
      void vscode.window.setStatusBarMessage(t('Copied “{0}”', node.occupation.name), 2000);
    }),
    vscode.commands.registerCommand('qualcat.showStatus', async () => {
      const items: Array<vscode.QuickPickItem & { run: () => unknown }> = [
        { label: `$(checklist) ${t('Validate workspace')}`, run: () => vscode.commands.executeCommand('qualcat.validateWorkspace') },
        { label: `$(list-tree) ${t('Show the catalog')}`, run: () => vscode.commands.executeCommand('qualcat.catalog.focus') },
        { label: `$(settings-gear) ${t('Settings')}`, run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'qualcat.') },
        { label: `$(output) ${t('Show Output')}`, run: () => output.show() },
        { label: `$(debug-restart) ${t('Restart the language server')}`, run: restart },
      ];
      if (!vscode.workspace.isTrusted) items.unshift({ label: `$(shield) ${t('Manage Workspace Trust')}`, run: () => vscode.commands.executeCommand('workbench.trust.manage') });
      const picked = await vscode.window.showQuickPick(items, { title: describeStatus(statusResult, vscode.workspace.isTrusted, statusLabels).text.replace(/\$\([^)]*\)\s*/g, '') });
      await picked?.run();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // trace.server is the client's own business.
      if (e.affectsConfiguration('qualcat.asOf') || e.affectsConfiguration('qualcat.locale')) void sendSettings();
    }),
    // Trust granted: the server reloads the configs, now with workspace plugins.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void sendSettings()),
    vscode.window.onDidChangeActiveTextEditor(() => void refreshStatus()),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (/(^|[\\/])qualcat\.config\.json$/.test(doc.uri.fsPath)) {
        void refreshStatus();
        catalog.invalidate();
      }
    }),
  );

  // Start now (diagnostics for open plans) but do not hold up activation.
  void start()
    .then(refreshStatus)
    .catch(() => undefined);

  return {
    ready: async () => {
      await ready();
    },
    validateWorkspace,
    status: () => ({ ...describeStatus(statusResult, vscode.workspace.isTrusted, statusLabels), ...(statusResult ? { report: statusResult } : {}) }),
    refreshStatus,
    catalog,
    restrictedNoticeShown: () => noticeShown,
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) await c.stop();
}
