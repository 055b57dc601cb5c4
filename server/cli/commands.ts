import type { Config } from '../platform/config';
import { auditVerifyCommand } from './audit-commands';
import { backupCommand, migrateCommand, restoreCommand } from './db-commands';
import { devCommand } from './dev-command';
import { startCommand } from './start-command';
import { territoryImportCommand, territoryResolveCommand } from './territory-commands';
import { registryImportCommand, registryResolveCommand } from './registry-commands';
import { createAdminCommand } from './user-commands';
import { zoneValidateCommand } from './zone-commands';

/** One `zjsc` sub-command. Later modules add theirs to the list below. */
export interface CliCommand {
  name: string;
  args: string;
  summary: string;
  run(args: string[], config: Config): Promise<void>;
}

export const commands: CliCommand[] = [
  { name: 'start', args: '', summary: 'start the platform (embedded PostgreSQL unless DATABASE_URL is set)', run: startCommand },
  { name: 'dev', args: '', summary: 'start the server and the web UI with hot reload', run: devCommand },
  { name: 'db migrate', args: '', summary: 'apply pending database migrations', run: migrateCommand },
  { name: 'db backup', args: 'FILE', summary: 'write every table to FILE (gzip), without pg_dump', run: backupCommand },
  { name: 'db restore', args: 'FILE', summary: 'replace every table with the contents of FILE', run: restoreCommand },
  { name: 'audit verify', args: '', summary: 'walk the audit hash chain and report the first broken record', run: auditVerifyCommand },
  { name: 'user create-admin', args: '[--username U --password P]', summary: 'create a platform administrator (asks when flags are missing)', run: createAdminCommand },
  { name: 'territory resolve', args: 'LON LAT [--crs gcj02|bd09] [--from db|pack]', summary: 'resolve a point: zone, area, town, body, community, corridor', run: territoryResolveCommand },
  { name: 'territory import', args: 'LAYER FILE [--crs gcj02] [--dry-run] [--source S] [--verified]', summary: 'replace a boundary layer from GeoJSON or a zipped Shapefile (validated, versioned)', run: territoryImportCommand },
  { name: 'registry import', args: '--source NAME FILE [--no-resolve]', summary: 'import a CSV/XLSX file of a registry source (progress on stderr), then re-resolve', run: registryImportCommand },
  { name: 'registry resolve', args: '', summary: 're-run entity resolution of the enterprise registry and print its figures', run: registryResolveCommand },
  { name: 'zone validate', args: 'PATH', summary: 'check a zone pack folder and print its summary', run: zoneValidateCommand },
];

export function usage(): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length));
  const lines = commands.map((c) => `  zjsc ${`${c.name} ${c.args}`.padEnd(width)}  ${c.summary}`);
  return [
    'zjsc — 张江科学城一体化管理服务平台 / Zhangjiang Science City Platform',
    '',
    'Usage:',
    ...lines,
    '',
    'Environment: PORT (3000), DATA_DIR (./data), DATABASE_URL, ZONE (zhangjiang), LOG_LEVEL (info),',
    '             EMBEDDED_DB_PORT (54329), DEMO (on with the embedded database),',
    '             SESSION_IDLE_MINUTES (30), SESSION_ABSOLUTE_HOURS (12)',
    '',
  ].join('\n');
}
