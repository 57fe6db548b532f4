/**
 * What the length plot shows: one sample per percent of a motion (0…100, as `myomap motion --step 1`)
 * of a muscle's musculotendon length (or a paired ligament's length, as `--muscles` can name it) and its
 * side's hip flexion angle, computed with the same anatomy functions as the CLI; and the CSV of exactly
 * those numbers, in the CLI's formats.
 */
import { COORDINATE_INDEX, neutralPose } from '../../anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../anatomy/model/kinematics';
import { muscle } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { MOTIONS, type MotionId } from '../../anatomy/motions';
import { coordinateDigits, fixed, LENGTH_DIGITS, percents } from '../../anatomy/motions/table';
import type { Side } from '../../anatomy/model/segments';
import { muscleLength } from '../../anatomy/path/musclePath';
import type { PathBody } from '../../anatomy/path/resolve';

/** Spread of the hip flexion angle in normal walking (±1 SD), after Kadaba et al. 1990. */
export const GAIT_HIP_SD = 5;

/** Something with a length on one side: a muscle, or a paired ligament (its catalog entry is lazy). */
export interface Measured extends PathBody {
  side: Side;
}

export interface MotionSamples {
  motion: MotionId;
  /** The muscle's or ligament's id. */
  id: string;
  side: Side;
  /** 0, 1, … 100. */
  percent: number[];
  /** Musculotendon length, metres (what the CSV prints) and centimetres (what the plot draws). */
  lengthM: number[];
  lengthCm: number[];
  /** Hip flexion of its side, degrees. */
  hip: number[];
  /** Walking only: the normal range of the hip angle, this curve ± GAIT_HIP_SD. */
  band: { low: number[]; high: number[] } | null;
  /** Length in neutral standing, metres. */
  restM: number;
}

export function sampleMotion(motionId: MotionId, subject: MuscleId | Measured): MotionSamples {
  const m = MOTIONS[motionId];
  const mu: Measured = typeof subject === 'string' ? muscle(subject) : subject;
  const hipIndex = COORDINATE_INDEX[`hip_flexion_${mu.side}`];
  const pose = neutralPose();
  const frames = createFrames();
  const restM = muscleLength(mu, computeFrames(pose, frames), pose);
  const percent = percents(1);
  const lengthM: number[] = [];
  const hip: number[] = [];
  for (const pct of percent) {
    m.evaluate(pct / 100, pose);
    computeFrames(pose, frames);
    lengthM.push(muscleLength(mu, frames, pose));
    hip.push(pose[hipIndex]!);
  }
  const band =
    motionId === 'gait' ? { low: hip.map((h) => h - GAIT_HIP_SD), high: hip.map((h) => h + GAIT_HIP_SD) } : null;
  return {
    motion: motionId,
    id: mu.id,
    side: mu.side,
    percent,
    lengthM,
    lengthCm: lengthM.map((l) => l * 100),
    hip,
    band,
    restM,
  };
}

/** The plotted numbers as CSV: percent, the hip angle and the length as `myomap motion` prints them. */
export function samplesCsv(s: MotionSamples): string {
  const hipName = `hip_flexion_${s.side}` as const;
  const digits = coordinateDigits(hipName);
  const header = ['percent', hipName, `${s.id}.length`];
  if (s.band) header.push(`${hipName}.normal_low`, `${hipName}.normal_high`);
  const lines = [header.join(',')];
  s.percent.forEach((pct, i) => {
    const row = [String(pct), fixed(s.hip[i]!, digits), fixed(s.lengthM[i]!, LENGTH_DIGITS)];
    if (s.band) row.push(fixed(s.band.low[i]!, digits), fixed(s.band.high[i]!, digits));
    lines.push(row.join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** Where the longest and shortest lengths fall: for the caption. */
export function extremes(s: MotionSamples): { min: number; minAt: number; max: number; maxAt: number } {
  let min = 0;
  let max = 0;
  for (let i = 1; i < s.lengthM.length; i++) {
    if (s.lengthM[i]! < s.lengthM[min]!) min = i;
    if (s.lengthM[i]! > s.lengthM[max]!) max = i;
  }
  return { min: s.lengthM[min]!, minAt: s.percent[min]!, max: s.lengthM[max]!, maxAt: s.percent[max]! };
}
