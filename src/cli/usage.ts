/** Errors a user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: myomap <command>
  muscles                               all 76 muscles as JSON
  muscle <id>                           one muscle's facts as JSON
  motion <motion> [--step N] [--muscles id,id] [--moment-arms]
                                        coordinates and muscle lengths over a motion, as CSV
  refer --at x,y,z                      muscles whose referral zones cover the body surface nearest to x,y,z, as JSON
  structures                            every bone, ligament, fascia, nerve and vessel as JSON
  structure <id>                        one structure's facts as JSON (any id, muscles included)`;

export const COMMANDS = ['muscles', 'muscle', 'motion', 'refer', 'structures', 'structure'] as const;

/** "a, b or c" */
export function choices(list: readonly string[], limit = 60): string {
  const shown = list.length > limit ? [...list.slice(0, limit), '…'] : list;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Split `args` into positionals and --flags (with values for those in `withValue`). */
export function parseFlags(
  args: readonly string[],
  withValue: readonly string[],
  bare: readonly string[],
): { positionals: string[]; flags: Map<string, string> } {
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (withValue.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
    } else if (bare.includes(name)) {
      flags.set(name, '');
    } else {
      const all = [...withValue, ...bare].map((f) => `--${f}`);
      throw new UsageError(`unknown option --${name}; valid options: ${all.length ? choices(all) : 'none'}`);
    }
  }
  return { positionals, flags };
}
