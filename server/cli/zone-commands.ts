import type { Config } from '../platform/config';
import { validateZonePack } from '../platform/zone/load-zone-pack';

/** `zjsc zone validate PATH`: the same checks as a start, without a database. */
export async function zoneValidateCommand(args: string[], config: Config): Promise<void> {
  const dir = args[0] ?? config.zone;
  const result = await validateZonePack(dir);
  process.stdout.write(`${JSON.stringify(result.summary, null, 2)}\n`);
}
