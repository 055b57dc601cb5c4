import net from 'node:net';
import { AppError } from '../../../core/errors';

/**
 * Fails fast with PORT_IN_USE before anything is started (database, migrations), so that a taken port leaves no
 * half-initialised state behind. Listening can still lose a race afterwards; the caller handles that too.
 */
export async function checkPortFree(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new AppError('PORT_IN_USE', { port }) : error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
