/**
 * The zone painter (src/geometry/zones/paint.ts, with the referral patterns it reads): a chunk of its own,
 * fetched the first time zones are shown. One promise for every caller, so React can wait on it.
 */
let painter: Promise<typeof import('../geometry/zones/paint')> | null = null;

export function loadPainter(): Promise<typeof import('../geometry/zones/paint')> {
  painter ??= import('../geometry/zones/paint');
  return painter;
}
