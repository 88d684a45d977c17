import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../src/protocol';
import { describeStatus, type StatusLabels } from '../src/status-model';

const labels: StatusLabels = {
  nationalOnly: 'national only',
  restricted: 'restricted',
  starting: 'starting',
  tooltipPlugins: 'Plugins:',
  tooltipNoPlugins: 'No plugins',
  tooltipAsOf: (d) => `asOf ${d}`,
  tooltipRestricted: 'RESTRICTED',
  tooltipNotLoaded: 'Not loaded:',
  tooltipClick: 'click',
};

type Config = StatusReport['configs'][number];
const config = (over: Partial<Config> = {}): Config => ({ plugins: [], asOf: '2020-10-01', locale: 'zh-CN', problems: 0, notLoaded: [], ...over });
const zhejiang = { id: 'zhejiang', title: '浙江', origin: 'code' as const };

describe('describeStatus', () => {
  it('shows the active province plugins and asOf', () => {
    const view = describeStatus({ trusted: true, configs: [config({ plugins: [zhejiang] })] }, true, labels);
    expect(view.text).toBe('$(law) qualcat: zhejiang · 2020-10-01');
    expect(view.restricted).toBe(false);
    expect(view.tooltip).toContain('`zhejiang` — 浙江');
    expect(view.tooltip).toContain('asOf 2020-10-01');
  });

  it('says national rules only when no plugin is active, and merges several configs', () => {
    expect(describeStatus({ trusted: true, configs: [config({ asOf: '2021-01-01' })] }, true, labels).text).toBe('$(law) qualcat: national only · 2021-01-01');
    const two = describeStatus({ trusted: true, configs: [config({ plugins: [zhejiang] }), config({ plugins: [zhejiang, { id: 'donghai', origin: 'code' }] })] }, true, labels);
    expect(two.text).toBe('$(law) qualcat: zhejiang, donghai · 2020-10-01');
    expect(two.plugins).toEqual(['zhejiang', 'donghai']);
  });

  it('marks an untrusted workspace restricted, whichever side knows it, and lists what did not load', () => {
    const notLoaded = [{ plugin: './plugins/local.mjs', reason: 'untrusted-code', message: 'not loaded: untrusted' }];
    for (const [reportTrusted, trusted] of [[false, true], [true, false]] as const) {
      const view = describeStatus({ trusted: reportTrusted, configs: [config({ plugins: [zhejiang], notLoaded })] }, trusted, labels);
      expect(view.restricted).toBe(true);
      expect(view.text).toBe('$(shield) $(law) qualcat: zhejiang · 2020-10-01 · restricted');
      expect(view.tooltip).toContain('RESTRICTED');
      expect(view.tooltip).toContain('- `./plugins/local.mjs`: not loaded: untrusted');
      expect(view.notLoaded).toEqual(notLoaded);
    }
  });

  it('shows a spinner before the server answered', () => {
    expect(describeStatus(undefined, true, labels)).toMatchObject({ text: '$(sync~spin) qualcat', tooltip: 'starting', restricted: false });
  });
});
