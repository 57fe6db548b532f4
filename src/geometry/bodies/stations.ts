/**
 * The station layout shared by the path poser, the binding, the CPU deformation and the vertex shader:
 * how many stations each fibre is resampled to, and how each station is stored in the path data.
 */

/** Stations per fibre. */
export const STATIONS = 24;
/** Floats per station in the path data (two RGBA texels): x, y, z, scale, qx, qy, qz, qw. */
export const STATION_FLOATS = 8;
