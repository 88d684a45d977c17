/**
 * The language server's contract as this extension uses it: initialization options and the custom requests
 * (their shapes come from @qualcat/language-server, type-only, so a change there fails the typecheck here).
 */
import type { protocol } from '@qualcat/language-server';

/** Initialization options the server reads. */
export interface InitializationOptions {
  /** Message language: the server formats diagnostics, hovers and fixes in it. */
  locale: 'zh-CN' | 'en';
  /** The date rules that depend on "today" use; omitted: the config's asOf, else today. */
  asOf?: string;
  /** vscode.workspace.isTrusted: false means no plugin code from the workspace is loaded. */
  trusted: boolean;
}

export const Requests = {
  validateWorkspace: 'qualcat/validateWorkspace',
  catalog: 'qualcat/catalog',
  status: 'qualcat/status',
} as const satisfies Record<string, typeof protocol.VALIDATE_WORKSPACE | typeof protocol.CATALOG | typeof protocol.STATUS>;

export type ValidateWorkspaceParams = protocol.ValidateWorkspaceParams;
export type ValidateWorkspaceResult = protocol.ValidateWorkspaceResult;
export type CatalogParams = protocol.CatalogParams;
export type CatalogTree = protocol.CatalogTree;
export type StatusParams = protocol.StatusParams;
export type StatusReport = protocol.StatusReport;
