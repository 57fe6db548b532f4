import { describe, expect, it } from 'vitest';
import { evalSpline, fitSimmSpline } from '../../src/anatomy/math/spline';

describe('SimmSpline (Forsythe–Malcolm–Moler cubic)', () => {
  const x = [-2.0944, -1.22173, -0.523599, -0.349066, -0.174533, 0.159149, 2.0944];
  const y = [-0.4226, -0.4082, -0.399, -0.3976, -0.3966, -0.395264, -0.396];
  const s = fitSimmSpline(x, y);

  it('passes through every knot', () => {
    x.forEach((xi, i) => {
      expect(evalSpline(s, xi)).toBeCloseTo(y[i]!, 12);
    });
  });

  it('is continuous with continuous slope at interior knots', () => {
    for (const xi of x.slice(1, -1)) {
      const e = 1e-7;
      const left = (evalSpline(s, xi) - evalSpline(s, xi - e)) / e;
      const right = (evalSpline(s, xi + e) - evalSpline(s, xi)) / e;
      expect(Math.abs(left - right)).toBeLessThan(1e-4);
    }
  });

  it('reproduces a cubic exactly (the FMM end conditions are exact for cubics)', () => {
    const f = (t: number) => 0.3 * t ** 3 - t ** 2 + 2 * t - 1;
    const xs = [0, 0.4, 1.1, 1.5, 2.2, 3];
    const c = fitSimmSpline(xs, xs.map(f));
    for (const t of [0.2, 0.9, 1.7, 2.9]) expect(evalSpline(c, t)).toBeCloseTo(f(t), 10);
  });

  it('extrapolates linearly outside the knots', () => {
    const a = evalSpline(s, 3);
    const b = evalSpline(s, 4);
    const c = evalSpline(s, 5);
    expect(b - a).toBeCloseTo(c - b, 12);
  });
});
