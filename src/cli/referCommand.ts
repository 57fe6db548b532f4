/**
 * `myomap refer --at x,y,z`: the muscles whose referral zones cover the body-surface point nearest to
 * (x, y, z) — ground frame, metres, neutral standing (pelvis origin at 0, 0.95, 0) — most relevant first.
 */
import type { Vec3 } from '../anatomy/math/vec3';
import { refer } from '../anatomy/referral/refer';
import { type SkinSurface, skinPointNear } from '../geometry/skin/surface';
import { readBodySurface } from './bodySurface';
import { clip, decimal, parseArgs, UsageError } from './usage';

export function parsePoint(raw: string | undefined): Vec3 {
  const parts = (raw ?? '').split(',').map((s) => s.trim());
  const numbers = parts.map(decimal);
  if (parts.length !== 3 || numbers.some((n) => n === undefined)) {
    throw new UsageError(
      `refer needs --at x,y,z: three finite numbers in metres, ground frame (x forward, y up, z to the right), e.g. --at -0.16,1.1,0.05; got "${clip(raw ?? '')}"`,
    );
  }
  return numbers as Vec3;
}

/** The zones at the skin nearest to `at`: what `myomap refer` answers (tests use it too). */
export function referAt(surface: SkinSurface, at: Vec3) {
  const skin = skinPointNear(surface, at);
  return refer(skin.point, skin.normal);
}

let surface: SkinSurface | undefined;

export function referCommand(args: readonly string[]): string {
  const { flags } = parseArgs(args, { command: 'refer', positionals: [], withValue: ['at'] });
  const at = parsePoint(flags.get('at'));
  surface ??= readBodySurface();
  const hits = referAt(surface, at);
  return `${JSON.stringify(
    hits.map((h) => ({ muscle: h.muscle, zone: h.zone, evidence: h.evidence, pattern: h.pattern, description: h.description })),
    null,
    2,
  )}\n`;
}
