/**
 * Bytes a piece of code allocates, by V8's sampling heap profiler (the same measurement as the
 * benchmark's heap sampling in the browser), counting objects already collected too. Warm the code up
 * first: the figure is for steady state.
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

export interface Allocations {
  /** Estimated bytes allocated per call of `run`. */
  perCall: number;
  /** The largest sources, "function file:line" → bytes per call. */
  top: [string, number][];
}

export async function allocationsPerCall(run: () => void, calls: number): Promise<Allocations> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 32,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
    for (let i = 0; i < calls; i++) run();
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: ProfileNode };
    };
    const by = new Map<string, number>();
    let total = 0;
    const walk = (n: ProfileNode, inRun: boolean) => {
      // Only what the measured code allocates (not the profiler's own messages).
      const here = inRun || n.callFrame.functionName === run.name;
      if (here && n.selfSize) {
        const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
        by.set(key, (by.get(key) ?? 0) + n.selfSize);
        total += n.selfSize;
      }
      for (const c of n.children) walk(c, here);
    };
    walk(profile.head, false);
    return {
      perCall: total / calls,
      top: [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => [k, v / calls]),
    };
  } finally {
    await session.post('HeapProfiler.disable');
    session.disconnect();
  }
}

/**
 * Steady state, on a busy machine too: V8 optimises hot code on a background thread, and until that lands
 * the unoptimised code boxes numbers (a loaded two-core machine measured 0.8 MB per call where the
 * optimised code allocates nothing). So measure up to `rounds` times, warming up between rounds, and keep
 * the lowest: code that really allocates per call allocates in every round.
 */
export async function steadyAllocationsPerCall(run: () => void, calls: number, rounds = 6): Promise<Allocations> {
  let best: Allocations | null = null;
  for (let r = 0; r < rounds; r++) {
    const a = await allocationsPerCall(run, calls);
    if (!best || a.perCall < best.perCall) best = a;
    if (best.perCall === 0) break;
    // Give the optimising compiler time and calls to finish.
    for (let i = 0; i < calls * 5; i++) run();
    await new Promise((done) => setTimeout(done, 200));
  }
  return best!;
}
