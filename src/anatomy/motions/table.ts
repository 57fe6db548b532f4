/**
 * The number formats of `myomap motion` CSV, shared by the CLI and the app's CSV export so that both
 * print the same digits: rotations 3 decimals (degrees), pelvis translations and lengths 5 (metres).
 */
import type { CoordinateName } from '../model/coordinates';

/** Percent values 0, step, 2·step … up to 100 (100 included when the step divides it). */
export function percents(step: number): number[] {
  const out: number[] = [];
  const n = Math.floor(100 / step + 1e-9);
  for (let i = 0; i <= n; i++) out.push(Number((i * step).toFixed(6)));
  return out;
}

/** `v.toFixed(digits)`, without a minus sign on zero. */
export function fixed(v: number, digits: number): string {
  const s = v.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

/** Decimals of a coordinate's column: 5 for the pelvis translations (m), 3 for rotations (°). */
export const coordinateDigits = (name: CoordinateName): number =>
  name.startsWith('pelvis_t') && name !== 'pelvis_tilt' ? 5 : 3;

/** Decimals of lengths and moment arms (m). */
export const LENGTH_DIGITS = 5;
