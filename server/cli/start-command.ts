import type { Config } from '../platform/config';
import { createLogger } from '../platform/logger';
import { startServer } from '../main';

/**
 * Runs until SIGINT/SIGTERM, then drains requests and stops the database cleanly. The handlers are installed before
 * start-up begins: the server answers health checks while start-up still runs (the job runner starts after listen),
 * and a signal in that window used to kill the process by default and orphan the embedded PostgreSQL.
 */
export async function startCommand(_args: string[], config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const starting = startServer(config, logger);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    starting
      .then((server) => server.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const server = await starting;
  server.db.onUnexpectedExit?.((reason: string) => {
    logger.fatal({ reason }, 'the embedded PostgreSQL stopped unexpectedly; exiting');
    void server.app.close().finally(() => process.exit(1));
  });
}
