import type { Config } from '../platform/config';
import { createLogger } from '../platform/logger';
import { startServer } from '../main';

/** Runs until SIGINT/SIGTERM, then drains requests and stops the database cleanly. */
export async function startCommand(_args: string[], config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  server.db.onUnexpectedExit?.((reason: string) => {
    logger.fatal({ reason }, 'the embedded PostgreSQL stopped unexpectedly; exiting');
    void server.app.close().finally(() => process.exit(1));
  });
}
