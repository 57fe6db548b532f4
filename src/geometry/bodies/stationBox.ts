/**
 * The box of a run of path stations, with their largest scale: a body's vertices bound to those stations
 * lie within it grown by their rest offsets times that scale (the muscles' posed bounds, the pick groups'
 * boxes).
 */
import { STATION_FLOATS, STATIONS } from './stations';

/** Empties `box` (min xyz, max xyz, largest scale). */
export function emptyStationBox(box: Float64Array): void {
  box[0] = box[1] = box[2] = Infinity;
  box[3] = box[4] = box[5] = -Infinity;
  box[6] = 0;
}

/** Grows `box` by stations first … last (inclusive) of row `row` of the path data. */
export function growByStations(data: Float32Array, row: number, first: number, last: number, box: Float64Array): void {
  for (let s = first; s <= last; s++) {
    const o = (row * STATIONS + s) * STATION_FLOATS;
    const x = data[o]!;
    const y = data[o + 1]!;
    const z = data[o + 2]!;
    if (x < box[0]!) box[0] = x;
    if (y < box[1]!) box[1] = y;
    if (z < box[2]!) box[2] = z;
    if (x > box[3]!) box[3] = x;
    if (y > box[4]!) box[4] = y;
    if (z > box[5]!) box[5] = z;
    if (data[o + 3]! > box[6]!) box[6] = data[o + 3]!;
  }
}
