import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, loadConfig, type LoadedConfig, type Locale, type Plugin } from '@qualcat/sdk';
import { zhejiang } from '@qualcat/plugin-zhejiang';

/** Provincial plugins qualcat ships: a config naming them works wherever it lives. */
export const BUNDLED_PLUGINS: Readonly<Record<string, Plugin>> = { '@qualcat/plugin-zhejiang': zhejiang };

const here = dirname(fileURLToPath(import.meta.url));

export interface ConfigChoice {
  configPath?: string;
  asOf?: string;
  locale?: Locale;
  allowExternalPlugins?: boolean;
}

/** Loads configs once each: the one given with --config, or the nearest qualcat.config.json above each file. */
export class ConfigCache {
  private readonly byPath = new Map<string, Promise<LoadedConfig>>();
  private readonly byDir = new Map<string, string | undefined>();
  constructor(private readonly choice: ConfigChoice) {}

  forFile(file: string): Promise<LoadedConfig> {
    const dir = dirname(file);
    let path = this.choice.configPath;
    if (!path) {
      if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
      path = this.byDir.get(dir);
    }
    return this.load(path);
  }

  load(path: string | undefined): Promise<LoadedConfig> {
    const key = path ?? '';
    let loaded = this.byPath.get(key);
    if (!loaded) {
      loaded = loadConfig(path, {
        bundledPlugins: BUNDLED_PLUGINS,
        resolveFrom: [join(here, '..')],
        ...(this.choice.asOf ? { asOf: this.choice.asOf } : {}),
        ...(this.choice.locale ? { locale: this.choice.locale } : {}),
        ...(this.choice.allowExternalPlugins ? { allowExternalPlugins: true } : {}),
      });
      this.byPath.set(key, loaded);
    }
    return loaded;
  }

  async all(): Promise<LoadedConfig[]> {
    return Promise.all(this.byPath.values());
  }
}
