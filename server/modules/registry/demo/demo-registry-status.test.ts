/** The demo registry load as GET /api/health reports it: loading while it runs, then done or failed. */
import { describe, expect, it } from 'vitest';
import { getDemoRegistryStatus, trackDemoRegistryLoad } from './demo-registry-status';

describe('trackDemoRegistryLoad', () => {
  it('reports none, loading from the first moment, then done or failed', async () => {
    expect(getDemoRegistryStatus()).toBe('none');
    let finish: () => void = () => undefined;
    const running = trackDemoRegistryLoad(() => new Promise<number>((resolve) => (finish = () => resolve(7))));
    expect(getDemoRegistryStatus()).toBe('loading');
    finish();
    expect(await running).toBe(7);
    expect(getDemoRegistryStatus()).toBe('done');
    await expect(trackDemoRegistryLoad(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(getDemoRegistryStatus()).toBe('failed');
  });
});
