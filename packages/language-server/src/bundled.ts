import type { Plugin } from '@qualcat/sdk';
import { zhejiang } from '@qualcat/plugin-zhejiang';

/**
 * Provincial plugins the server ships (as the CLI does): a config naming them works wherever it lives, and they
 * load in an untrusted workspace too, since their code comes with qualcat, not with the workspace.
 */
export const BUNDLED_PLUGINS: Readonly<Record<string, Plugin>> = { '@qualcat/plugin-zhejiang': zhejiang };
