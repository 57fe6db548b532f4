/** What the CLI accepts, and how it says no: errors a user can fix are one line and exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: myomap <command>
  muscles                               every muscle as JSON
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

/** At most this many characters of a user's input are echoed back. */
export const clip = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max)}…` : s);

/** A plain decimal number, optionally signed, with an optional exponent: "2", "-0.16", ".5", "1e-3". */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A finite number written as a plain decimal, or undefined (hex, "", "NaN", "Infinity", "1e999"…). */
export function decimal(raw: string): number | undefined {
  if (!DECIMAL.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export interface Options {
  /** Options that take a value (`--step 2` or `--step=2`). */
  withValue?: readonly string[];
  /** Options that are on by being there (`--moment-arms`). */
  bare?: readonly string[];
  /** Most positional arguments accepted, and what they are called in messages. */
  positionals: readonly string[];
  /** The command, for messages ("motion"). */
  command: string;
}

/**
 * Split `args` into positionals and options. Unknown options, a value given to an option that takes
 * none, an option given twice, a missing value and extra positionals are all usage errors.
 */
export function parseArgs(args: readonly string[], o: Options): { positionals: string[]; flags: Map<string, string> } {
  const withValue = o.withValue ?? [];
  const bare = o.bare ?? [];
  const valid = [...withValue, ...bare].map((f) => `--${f}`);
  const validText = valid.length ? `valid options of ${o.command}: ${choices(valid)}` : `${o.command} takes no options`;
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) {
      if (positionals.length >= o.positionals.length) {
        const expected = o.positionals.length ? `${o.command} takes ${o.positionals.join(' ')} only` : `${o.command} takes no arguments`;
        throw new UsageError(`unexpected argument "${clip(a)}": ${expected}`);
      }
      positionals.push(a);
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(a);
    const name = match?.[1];
    const inline = match?.[2];
    if (!name || !(withValue.includes(name) || bare.includes(name))) {
      throw new UsageError(`unknown option ${clip(a.split('=')[0]!)}; ${validText}`);
    }
    if (flags.has(name)) throw new UsageError(`--${name} is given twice; give it once`);
    if (bare.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value; write --${name} alone`);
      flags.set(name, '');
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value; ${HELP[name] ?? validText}`);
    flags.set(name, value);
  }
  return { positionals, flags };
}

/** What each option's value looks like, for messages. */
const HELP: Record<string, string> = {
  step: 'e.g. --step 2 (percent of the motion between rows)',
  muscles: 'e.g. --muscles psoas_major_r,iliacus_r',
  at: 'e.g. --at -0.16,1.1,0.05 (x,y,z in metres)',
};
