import * as vscode from 'vscode';
import {
  countOccupations,
  describeGroup,
  describeOccupation,
  filterCatalog,
  type CatalogGroup,
  type CatalogLabels,
  type CatalogOccupation,
} from './catalog-model';

export type CatalogNode =
  | { readonly kind: 'group'; readonly group: CatalogGroup }
  | { readonly kind: 'occupation'; readonly group: CatalogGroup; readonly occupation: CatalogOccupation };

export const catalogLabels: CatalogLabels = {
  batch: (batch) => (batch === 1 ? vscode.l10n.t('Batch 1') : batch === 2 ? vscode.l10n.t('Batch 2') : vscode.l10n.t('Batch {0}', batch)),
  access: vscode.l10n.t('access-type (does not exit)'),
  exitsOn: (date) => vscode.l10n.t('exits {0}', date),
};

/** Groups → occupations with batch and exit date; a search narrows both levels. */
export class CatalogTreeProvider implements vscode.TreeDataProvider<CatalogNode> {
  private readonly changed = new vscode.EventEmitter<CatalogNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private all: CatalogGroup[] = [];
  private visible: CatalogGroup[] = [];
  private query = '';
  private loaded = false;
  view?: vscode.TreeView<CatalogNode>;

  /** `load` asks the server; called lazily the first time the view shows, and again on refresh. */
  constructor(private readonly load: () => Promise<CatalogGroup[]>) {}

  get searchQuery(): string {
    return this.query;
  }

  /** The groups as shown (after the search). */
  async groups(): Promise<readonly CatalogGroup[]> {
    await this.ensureLoaded();
    return this.visible;
  }

  async refresh(): Promise<void> {
    this.loaded = false;
    await this.ensureLoaded();
  }

  /** Forget the data; the next look at the view asks the server again (after a restart). */
  invalidate(): void {
    this.loaded = false;
    this.changed.fire(undefined);
  }

  async search(query: string): Promise<void> {
    this.query = query.trim();
    await this.ensureLoaded();
    this.apply();
  }

  private async ensureLoaded(): Promise<void> {
    if (this.loaded) return;
    this.all = await this.load();
    this.loaded = true;
    this.apply();
  }

  private apply(): void {
    this.visible = filterCatalog(this.all, this.query);
    void vscode.commands.executeCommand('setContext', 'qualcat.catalogFiltered', this.query.length > 0);
    if (this.view) {
      this.view.message = this.query
        ? vscode.l10n.t('Search “{0}”: {1} occupations in {2} groups', this.query, countOccupations(this.visible), this.visible.length)
        : undefined;
      this.view.description = this.query ? undefined : vscode.l10n.t('{0} groups', this.all.length);
    }
    this.changed.fire(undefined);
  }

  async getChildren(node?: CatalogNode): Promise<CatalogNode[]> {
    if (!node) {
      await this.ensureLoaded();
      return this.visible.map((group) => ({ kind: 'group', group }));
    }
    if (node.kind === 'group') return node.group.occupations.map((occupation) => ({ kind: 'occupation', group: node.group, occupation }));
    return [];
  }

  getTreeItem(node: CatalogNode): vscode.TreeItem {
    // Ids carry the query so a search opens the groups it found, and clearing it restores the user's state.
    const scope = this.query ? `search:${this.query}:` : '';
    if (node.kind === 'group') {
      const { group } = node;
      const item = new vscode.TreeItem(
        group.no !== undefined ? `${group.no}. ${group.name}` : group.name,
        this.query ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `${scope}group:${group.key}`;
      item.description = describeGroup(group, catalogLabels);
      item.contextValue = 'group';
      item.iconPath = new vscode.ThemeIcon('folder-library');
      item.tooltip = new vscode.MarkdownString(`**${group.name}**\n\n${vscode.l10n.t('{0} occupations', group.occupations.length)}`);
      return item;
    }
    const { occupation, group } = node;
    const item = new vscode.TreeItem(occupation.name, vscode.TreeItemCollapsibleState.None);
    item.id = `${scope}occupation:${group.key}:${occupation.name}`;
    item.description = describeOccupation(occupation, catalogLabels);
    item.contextValue = 'occupation';
    item.iconPath = new vscode.ThemeIcon(occupation.category === 'access' ? 'lock' : 'calendar');
    item.tooltip = occupationTooltip(occupation, group);
    return item;
  }
}

function occupationTooltip(o: CatalogOccupation, g: CatalogGroup): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${o.name}**${o.code ? ` \`${o.code}\`` : ''}\n\n`);
  md.appendMarkdown(`${vscode.l10n.t('Group')}: ${g.no !== undefined ? `${g.no}. ` : ''}${g.name}\n\n`);
  if (o.category === 'access') md.appendMarkdown(`${catalogLabels.access}\n\n`);
  else {
    if (o.batch !== undefined) md.appendMarkdown(`${catalogLabels.batch(o.batch)}\n\n`);
    if (o.exitDate) md.appendMarkdown(`${vscode.l10n.t('Exit date (first day out): {0}', o.exitDate)}\n\n`);
  }
  if (o.departments?.length) md.appendMarkdown(`${vscode.l10n.t('Implementing departments')}: ${o.departments.join('、')}\n\n`);
  if (o.notes) md.appendMarkdown(`${o.notes}\n`);
  return md;
}
