import { loadConfig } from '../platform/config';
import { commands, usage } from './commands';
import { formatCliError } from './output';

/** `zjsc <command> [args]`: dispatches to one command; any failure is one line on stderr and exit code 1. */
async function main(argv: string[]): Promise<void> {
  const key = argv.slice(0, 2).join(' ');
  const command = commands.find((c) => c.name === key) ?? commands.find((c) => c.name === argv[0]);
  if (!command || argv[0] === 'help' || argv[0] === '--help') {
    process.stdout.write(usage());
    process.exitCode = command || argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' ? 0 : 2;
    return;
  }
  const args = argv.slice(command.name.split(' ').length);
  await command.run(args, loadConfig());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${formatCliError(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
