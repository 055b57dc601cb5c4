import { pino, type Logger } from 'pino';

/** A pino logger whose records tests can inspect. */
export interface CapturedLogger {
  logger: Logger;
  records: Array<{ level: number; msg: string; [key: string]: unknown }>;
  /** Records at or above pino's numeric level (40 warn, 50 error, 60 fatal). */
  messages(minLevel?: number): string[];
}

export function captureLogger(): CapturedLogger {
  const records: CapturedLogger['records'] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void records.push(JSON.parse(line)) });
  return {
    logger,
    records,
    messages: (minLevel = 0) => records.filter((record) => record.level >= minLevel).map((record) => record.msg),
  };
}
