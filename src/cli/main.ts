/**
 * The myomap command line: thin parsing around src/anatomy. Bad input exits 2 with one line naming
 * the valid choices; anything unexpected exits 1 with a one-line message, never a stack trace.
 */
import { motionCommand } from './motionCommand';
import { muscleCommand, musclesCommand } from './musclesCommand';
import { referCommand } from './referCommand';
import { structureCommand, structuresCommand } from './structuresCommand';
import { choices, clip, COMMANDS, UsageError, USAGE } from './usage';

interface Sink {
  write(s: string): unknown;
}

export async function run(argv: readonly string[]): Promise<string> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'muscles':
      return musclesCommand(rest);
    case 'muscle':
      return muscleCommand(rest);
    case 'motion':
      return motionCommand(rest);
    case 'refer':
      return referCommand(rest);
    case 'structures':
      return structuresCommand(rest);
    case 'structure':
      return structureCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      if (command === undefined) throw new UsageError(`a command is needed: ${choices(COMMANDS)}`);
      return `${USAGE}\n`;
    default:
      throw new UsageError(`unknown command "${clip(command)}"; valid commands: ${choices(COMMANDS)}`);
  }
}

export async function main(argv: readonly string[], out: Sink, err: Sink): Promise<number> {
  try {
    out.write(await run(argv));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`myomap: ${e.message}\n`);
      return 2;
    }
    err.write(`myomap: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
