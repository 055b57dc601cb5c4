import { existsSync } from 'node:fs';
import { chown, cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from './test/temp-dir';
import { findFreePort, runCli } from './test/run-cli';
import { REPO_ROOT } from './test/test-server';

// Each bad start must stop with one clear line on stderr, exit 1, and leave nothing half-initialised behind.
let dir: string;
let blocker: Server;
let blockedPort: number;

beforeAll(async () => {
  dir = await createTempDir('start-failures');
  blockedPort = await findFreePort();
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(blockedPort, '0.0.0.0', resolve));
});
afterAll(async () => {
  blocker.close();
  await removeTempDir(dir);
});

function lastLine(stderr: string): string {
  return stderr.trim().split('\n').at(-1) ?? '';
}

describe('zjsc start refuses bad configuration cleanly', () => {
  it('a broken zone pack: names the file and the field, starts no database', async () => {
    const zone = path.join(dir, 'broken-zone');
    await cp(path.join(REPO_ROOT, 'zones', 'zhangjiang'), zone, { recursive: true });
    const file = path.join(zone, 'organisations.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/parent: zhangjiang-science-city/, 'parent: no-such-unit'));
    const dataDir = path.join(dir, 'data-zone');
    const run = await runCli(['start'], { ZONE: zone, DATA_DIR: dataDir, PORT: String(await findFreePort()) });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(/organisations\.yaml.*parent.*no-such-unit/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a port in use: says so and what to do, starts no database', async () => {
    const dataDir = path.join(dir, 'data-port');
    const run = await runCli(['start'], { DATA_DIR: dataDir, PORT: String(blockedPort) });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toContain(`Port ${blockedPort} is in use; set PORT`);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('an unreachable DATABASE_URL: names the server', async () => {
    const deadPort = await findFreePort();
    const run = await runCli(['start'], {
      DATABASE_URL: `postgres://nobody@127.0.0.1:${deadPort}/zjsc`,
      PORT: String(await findFreePort()),
    });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(new RegExp(`Database unavailable.*127\\.0\\.0\\.1:${deadPort}`));
  });

  it('speaks Chinese to a Chinese locale', async () => {
    const run = await runCli(['start'], { PORT: String(blockedPort), LANG: 'zh_CN.UTF-8' });
    expect(lastLine(run.stderr)).toContain(`端口 ${blockedPort} 已被占用`);
  });

  it('a bad environment value: names the variable', async () => {
    const run = await runCli(['start'], { PORT: 'eighty' });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(/Invalid configuration: PORT/);
  });

  it("a database dir owned by another user: one line saying what to do, the folder untouched", async () => {
    if (process.getuid?.() !== 0) return; // only root can hand a folder to someone else
    const dataDir = path.join(dir, 'data-foreign');
    const pgDir = path.join(dataDir, 'pg');
    // An existing cluster of someone else's (nobody's): it must be left alone, not taken over.
    await mkdir(pgDir, { recursive: true });
    await writeFile(path.join(pgDir, 'PG_VERSION'), '15\n');
    await writeFile(path.join(dataDir, 'pg-password'), 'not-ours\n', { mode: 0o600 });
    await chown(path.join(pgDir, 'PG_VERSION'), 65534, 65534);
    await chown(pgDir, 65534, 65534);
    const run = await runCli(['start'], {
      DATA_DIR: dataDir,
      PORT: String(await findFreePort()),
      EMBEDDED_DB_PORT: String(await findFreePort()),
    });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(/is owned by nobody.*chown -R/);
    expect((await stat(pgDir)).uid).toBe(65534);
    expect(await readdir(pgDir)).toEqual(['PG_VERSION']);
  });
});
