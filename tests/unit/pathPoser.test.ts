/**
 * The path frames the bodies ride on: in the rest pose every station is unturned and unscaled (a body
 * is drawn exactly as built); a rigid turn of the whole body turns every station by it; a path that
 * shortens thickens its body by √(L₀/L); near the ends the frames follow their bone.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, neutralFrames } from '../../src/anatomy/model/kinematics';
import { muscle } from '../../src/anatomy/muscles/catalog';
import { PathPoser, STATION_FLOATS, STATIONS } from '../../src/geometry/bodies/pathPoser';

const psoas = muscle('psoas_major_r');
const rectus = muscle('rectus_femoris_r');

function poser() {
  return new PathPoser([...psoas.fibres, ...rectus.fibres], neutralFrames(), neutralPose());
}

describe('path frames', () => {
  it('are the identity in the rest pose', () => {
    const p = poser();
    for (let i = 0; i < p.rows * STATIONS; i++) {
      const o = i * STATION_FLOATS;
      expect(p.data[o + 3]).toBeCloseTo(1, 6);
      expect(Math.abs(p.data[o + 7]!)).toBeCloseTo(1, 6);
    }
  });

  it('turn with the body when the whole body turns (pelvis rotation 40°)', () => {
    const p = poser();
    const pose = neutralPose();
    pose[COORDINATE_INDEX.pelvis_rotation] = 40; // about the vertical
    p.update(computeFrames(pose), pose);
    const expected = Math.cos((40 * Math.PI) / 180 / 2);
    for (let i = 0; i < p.rows * STATIONS; i++) {
      const o = i * STATION_FLOATS;
      expect(Math.abs(p.data[o + 7]!)).toBeCloseTo(expected, 3);
      expect(Math.abs(p.data[o + 5]!)).toBeCloseTo(Math.sin((40 * Math.PI) / 180 / 2), 3);
      expect(p.data[o + 3]).toBeCloseTo(1, 4);
    }
  });

  it('thicken a shortened muscle by √(L₀/L) in its middle and not at its ends', () => {
    const p = poser();
    const pose = neutralPose();
    // Rectus femoris shortens at the hip, the knee straight.
    pose[COORDINATE_INDEX.hip_flexion_r] = 90;
    pose[COORDINATE_INDEX.knee_angle_r] = 0;
    p.update(computeFrames(pose), pose);
    const row = psoas.fibres.length;
    const expected = Math.sqrt(p.restLength[row]! / p.length[row]!);
    expect(expected).toBeGreaterThan(1.05);
    const mid = (row * STATIONS + STATIONS / 2) * STATION_FLOATS;
    expect(p.data[mid + 3]).toBeCloseTo(expected, 5);
    expect(p.data[row * STATIONS * STATION_FLOATS + 3]).toBeCloseTo(1, 5);
  });
});
