/**
 * `myomap motion <motion> [--step N] [--muscles id,id] [--moment-arms]`: one CSV row per N % of the
 * phase with every coordinate, the chosen muscles' lengths and, optionally, their hip moment arms.
 */
import { COORDINATE_NAMES, neutralPose } from '../anatomy/model/coordinates';
import { computeFrames, createFrames } from '../anatomy/model/kinematics';
import { isMuscleId, MUSCLES, type Muscle, muscle } from '../anatomy/muscles/catalog';
import { isMotionId, MOTION_IDS, motion } from '../anatomy/motions';
import { coordinateDigits, fixed, LENGTH_DIGITS, percents } from '../anatomy/motions/table';
import { momentArm } from '../anatomy/path/mechanics';
import { muscleLength } from '../anatomy/path/musclePath';
import type { Side } from '../anatomy/model/segments';
import { LENGTH_STRUCTURES, type PathStructure } from '../anatomy/structures';
import { unknownMuscle } from './suggest';
import { choices, clip, decimal, parseArgs, UsageError } from './usage';

const HIP = ['hip_flexion', 'hip_adduction', 'hip_rotation'] as const;

/** Smallest --step: 10,001 rows. Finer steps add nothing a plot can show and would only exhaust memory. */
export const MIN_STEP = 0.01;

export function parseStep(raw: string | undefined): number {
  if (raw === undefined) return 2;
  const n = decimal(raw);
  if (n === undefined || n < MIN_STEP || n > 100) {
    throw new UsageError(
      `--step must be a number of percent from ${MIN_STEP} to 100 (at most ${percents(MIN_STEP).length} rows), e.g. --step 2; got "${clip(raw)}"`,
    );
  }
  return n;
}

/** What `--muscles` can name: the muscles, and the paired ligaments (their lengths print the same way). */
type Measured = Muscle | (PathStructure & { side: Side });
const LIGAMENTS = new Map(LENGTH_STRUCTURES.map((s) => [s.id, s as Measured]));

/** The muscles (and ligaments) to print; all muscles by default — ligaments only when named. */
export function parseMuscles(raw: string | undefined): Measured[] {
  if (raw === undefined) return [...MUSCLES];
  const ids = raw.split(',').map((s) => s.trim());
  for (const id of ids) {
    if (!isMuscleId(id) && !LIGAMENTS.has(id)) throw unknownMuscle(id, ' in --muscles', 'or a ligament such as iliofemoral_ligament_r');
  }
  return ids.map((id) => (isMuscleId(id) ? muscle(id) : LIGAMENTS.get(id)!));
}

export { percents };

const fmt = fixed;

export function motionCommand(args: readonly string[]): string {
  const { positionals, flags } = parseArgs(args, {
    command: 'motion',
    positionals: ['<motion>'],
    withValue: ['step', 'muscles'],
    bare: ['moment-arms'],
  });
  const id = positionals[0];
  if (id === undefined) throw new UsageError(`motion needs a motion: ${choices(MOTION_IDS)}`);
  if (!isMotionId(id)) throw new UsageError(`unknown motion "${clip(id)}"; valid motions: ${choices(MOTION_IDS)}`);
  const step = parseStep(flags.get('step'));
  const muscles = parseMuscles(flags.get('muscles'));
  const withArms = flags.has('moment-arms');
  const m = motion(id);
  const header = [
    'percent',
    ...COORDINATE_NAMES,
    ...muscles.map((x) => `${x.id}.length`),
    ...(withArms ? muscles.flatMap((x) => HIP.map((c) => `${x.id}.${c}_${x.side}.moment_arm`)) : []),
  ];
  const lines = [header.join(',')];
  const pose = neutralPose();
  const frames = createFrames();
  for (const pct of percents(step)) {
    m.evaluate(pct / 100, pose);
    computeFrames(pose, frames);
    const row = [String(pct)];
    COORDINATE_NAMES.forEach((name, i) => {
      row.push(fmt(pose[i]!, coordinateDigits(name)));
    });
    for (const x of muscles) row.push(fmt(muscleLength(x, frames, pose), LENGTH_DIGITS));
    if (withArms) {
      for (const x of muscles) for (const c of HIP) row.push(fmt(momentArm(x, `${c}_${x.side}`, pose), LENGTH_DIGITS));
    }
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
