import { spawn, type ChildProcess } from 'node:child_process';
import type { Config } from '../platform/config';
import { REPO_ROOT } from '../platform/repo-root';

const ROOT = REPO_ROOT;

/**
 * Development: the server restarts on change (tsx watch) and Vite serves the UI with hot reload on :5173, proxying
 * /api to the server. Both children stop with this process.
 */
export async function devCommand(_args: string[], config: Config): Promise<void> {
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/cli/main.ts', 'start'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, PORT: String(config.port) },
    }),
    spawn('npx', ['vite', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit', env: process.env }),
  ];
  const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
}
