/**
 * What the status-bar item says: the active province plugins and `asOf`, and whether the workspace is restricted.
 * No `vscode` import, so it is unit-tested on any machine.
 */
import type { StatusReport } from './protocol';

export interface StatusLabels {
  /** Shown when no province plugin is active: national rules alone. */
  nationalOnly: string;
  restricted: string;
  starting: string;
  /** Tooltip lines. */
  tooltipPlugins: string;
  tooltipNoPlugins: string;
  tooltipAsOf(asOf: string): string;
  tooltipRestricted: string;
  tooltipNotLoaded: string;
  tooltipClick: string;
}

export interface StatusView {
  text: string;
  /** Markdown. */
  tooltip: string;
  restricted: boolean;
  /** Plugin ids in force (all configs the answer covers), asOf dates, plugins not loaded. */
  plugins: string[];
  asOf: string[];
  notLoaded: Array<{ plugin: string; reason: string; message: string }>;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * `status` answers for the config of the document in view (or every loaded config): their plugins are merged,
 * so a workspace with several configs shows all of them. `trusted` is VS Code's own view of the workspace.
 */
export function describeStatus(status: StatusReport | undefined, trusted: boolean, labels: StatusLabels): StatusView {
  const restricted = !trusted || status?.trusted === false;
  const shield = restricted ? '$(shield) ' : '';
  if (!status) return { text: `${shield}$(sync~spin) qualcat`, tooltip: labels.starting, restricted, plugins: [], asOf: [], notLoaded: [] };
  const configs = status.configs ?? [];
  const pluginInfo = new Map<string, { id: string; title?: string; origin?: string }>();
  for (const c of configs) for (const p of c.plugins) if (!pluginInfo.has(p.id)) pluginInfo.set(p.id, p);
  const plugins = [...pluginInfo.keys()];
  const asOf = unique(configs.map((c) => c.asOf).filter(Boolean));
  const notLoaded = configs.flatMap((c) => c.notLoaded);

  const text = `${shield}$(law) qualcat: ${plugins.length ? plugins.join(', ') : labels.nationalOnly}${asOf.length ? ` · ${asOf.join(', ')}` : ''}${restricted ? ` · ${labels.restricted}` : ''}`;
  const lines: string[] = [];
  if (plugins.length) {
    lines.push(labels.tooltipPlugins);
    for (const p of pluginInfo.values()) lines.push(`- \`${p.id}\`${p.title ? ` — ${p.title}` : ''}`);
  } else lines.push(labels.tooltipNoPlugins);
  for (const date of asOf) lines.push('', labels.tooltipAsOf(date));
  if (restricted) lines.push('', labels.tooltipRestricted);
  if (notLoaded.length) {
    lines.push('', labels.tooltipNotLoaded);
    for (const n of notLoaded) lines.push(`- \`${n.plugin}\`: ${n.message}`);
  }
  lines.push('', labels.tooltipClick);
  return { text, tooltip: lines.join('\n'), restricted, plugins, asOf, notLoaded };
}
