/**
 * The belly factor that keeps each body's volume as drawn (issue 10), as a piecewise-linear table in one
 * cheap key the poser has each frame: the mean stretch L/L₀ of the body's fibres, or the hip flexion of
 * its side (degrees) for a body whose loss follows the bend at the hip rather than its length. Calibrated
 * offline (scripts/volumeCorrection.ts, with the exact solver of bodyVolumes.ts at many phases of every
 * motion) into volumeCorrection.json.
 * Runtime data only: the model build does not read it (see MODEL_SOURCES in scripts/models/manifest.ts).
 */
import table from './volumeCorrection.json';

export type VolumeKey = 'stretch' | 'hip_flexion';

export interface VolumeCorrectionFile {
  /** What the tables were calibrated from (tests/unit/volumeCorrection.test.ts checks they still are). */
  source: { models: string; code: string };
  /** Per muscle name (either side): the key, its knots (ascending) and the factor at each. */
  bodies: Record<string, { key: VolumeKey; x: number[]; factor: number[] }>;
}

const bodies = (table as unknown as VolumeCorrectionFile).bodies;

/** Muscle `name`'s key and knots as one array (x ascending, then the factors), or none when it needs none. */
export function volumeCorrection(name: string): { key: VolumeKey; knots: Float64Array } | undefined {
  const t = bodies[name];
  if (!t || t.x.length === 0) return undefined;
  return { key: t.key, knots: Float64Array.from([...t.x, ...t.factor]) };
}
