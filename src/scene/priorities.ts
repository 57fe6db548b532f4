/**
 * Order of the per-frame work (react-three-fiber runs lower priorities first; all stay ≤ 0 so it still
 * renders by itself): probe start → pose → scene updates → framing → probe end → render.
 */
export const PROBE_START_PRIORITY = -20;
export const POSE_PRIORITY = -10;
export const UPDATE_PRIORITY = -5;
/** After the updates: framing reads the boxes of what they just placed (a bone's first posing). */
export const FRAMING_PRIORITY = -3;
export const PROBE_END_PRIORITY = -1;
