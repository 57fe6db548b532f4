/** Real Fourier series: f(t) = a0 + Σ (a_k cos 2πkt + b_k sin 2πkt), t in cycles. */
export interface Fourier {
  a0: number;
  a: readonly number[];
  b: readonly number[];
}

export function evalFourier(f: Fourier, t: number): number {
  let v = f.a0;
  const w = 2 * Math.PI * t;
  for (let k = 0; k < f.a.length; k++) {
    v += f.a[k]! * Math.cos(w * (k + 1)) + f.b[k]! * Math.sin(w * (k + 1));
  }
  return v;
}

/** Least-squares fit of `harmonics` harmonics to samples (t in cycles, evenly or unevenly spaced). */
export function fitFourier(ts: readonly number[], ys: readonly number[], harmonics: number): Fourier {
  const n = 1 + 2 * harmonics;
  const ata = Array.from({ length: n }, () => new Float64Array(n));
  const aty = new Float64Array(n);
  const row = new Float64Array(n);
  for (let i = 0; i < ts.length; i++) {
    const w = 2 * Math.PI * ts[i]!;
    row[0] = 1;
    for (let k = 1; k <= harmonics; k++) {
      row[2 * k - 1] = Math.cos(w * k);
      row[2 * k] = Math.sin(w * k);
    }
    for (let r = 0; r < n; r++) {
      aty[r] = aty[r]! + row[r]! * ys[i]!;
      for (let c = 0; c < n; c++) ata[r]![c] = ata[r]![c]! + row[r]! * row[c]!;
    }
  }
  const x = solve(ata, aty);
  return {
    a0: x[0]!,
    a: Array.from({ length: harmonics }, (_, k) => x[2 * k + 1]!),
    b: Array.from({ length: harmonics }, (_, k) => x[2 * k + 2]!),
  };
}

/** Gaussian elimination with partial pivoting (small dense systems). */
export function solve(a: Float64Array[], y: Float64Array): Float64Array {
  const n = y.length;
  const m = a.map((r) => Float64Array.from(r));
  const v = Float64Array.from(y);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    [v[c], v[p]] = [v[p]!, v[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k < n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
      v[r] = v[r]! - f * v[c]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = v[r]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}
