/**
 * The skin's two zone attributes (essential, spillover: one vec4 channel per muscle shown), apart from the
 * painter (paint.ts) so the skin can be built before the referral patterns have loaded.
 */
export const ZONE_CHANNELS = 4;

export interface ZonePaint {
  essential: Float32Array;
  spillover: Float32Array;
}

export function createZonePaint(vertexCount: number): ZonePaint {
  return {
    essential: new Float32Array(vertexCount * ZONE_CHANNELS),
    spillover: new Float32Array(vertexCount * ZONE_CHANNELS),
  };
}
