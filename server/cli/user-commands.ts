/**
 * `zjsc user create-admin` — the first administrator of a production installation (which starts with no accounts
 * and no default passwords). Username and password come from --username/--password, or are asked for (the
 * password without echo).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Config } from '../platform/config';
import { AppError } from '../../core/errors';
import { createAdmin } from '../modules/accounts';
import { migrate } from '../platform/db/migrate';
import { openDatabase } from '../platform/db/open-database';
import { createLogger } from '../platform/logger';
import { applyZonePack } from '../platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../platform/zone/load-zone-pack';

export async function createAdminCommand(args: string[], config: Config): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, password: { type: 'string' }, 'display-name': { type: 'string' } },
    strict: true,
  });
  const username = values.username ?? (await ask('Username / 用户名: ', false));
  const password = values.password ?? (await ask('Password / 密码: ', true));
  if (!username || !password) {
    throw new AppError('VALIDATION_FAILED', { issues: ['--username and --password are required (or answer the prompts)'] });
  }
  const pack = await loadZonePack(resolveZoneDir(config.zone));
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embeddedPort: config.embeddedDbPort, logger });
  try {
    await migrate(db.pool, { logger });
    await applyZonePack(db.pool, pack);
    const admin = await createAdmin(db.pool, pack.zone.id, {
      username,
      password,
      ...(values['display-name'] ? { displayName: values['display-name'] } : {}),
    });
    process.stdout.write(`created administrator ${admin.username} (${admin.id}) in unit ${admin.unitId}\n`);
  } finally {
    await db.close();
  }
}

// Reads one line from the terminal; with `hidden`, typed characters are not echoed.
async function ask(question: string, hidden: boolean): Promise<string> {
  if (!process.stdin.isTTY) return '';
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stdout.write(question);
    };
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    if (hidden) process.stdout.write('\n');
    rl.close();
  }
}
