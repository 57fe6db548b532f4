/**
 * Model loading for the viewer (src/scene/loadModel.ts): each file is fetched and decoded once per page,
 * `useModel` hands out the loaded model without suspending once it has settled, and a missing file turns
 * into a readable error (what the model's error boundary shows) rather than a pending promise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, useModel } from '../../src/scene/loadModel';
import { type Served, serve } from '../../scripts/lib/server';

// three's FileLoader reports download progress with the browser's ProgressEvent, which Node lacks.
(globalThis as { ProgressEvent?: unknown }).ProgressEvent ??= class extends Event {
  constructor(
    type: string,
    readonly init: { lengthComputable?: boolean; loaded?: number; total?: number } = {},
  ) {
    super(type);
  }
};

let served: Served;
beforeAll(async () => {
  served = await serve('public');
});
afterAll(() => served.close());

describe('loading a model', () => {
  it('fetches each file once and then returns it without suspending', async () => {
    const url = `${served.url}/models/bones.glb`;
    const first = loadModel(url);
    expect(loadModel(url)).toBe(first);
    // Before it has settled, asking for it suspends (throws the pending promise).
    expect(() => useModel(url)).toThrow();
    await first;
    const gltf = useModel(url);
    expect(gltf.scene.getObjectByName('femur_r')).toBeDefined();
    expect(useModel(url)).toBe(gltf);
  });

  it('a missing file settles as a readable error that names it', async () => {
    const url = `${served.url}/models/nothing-here.glb`;
    await loadModel(url);
    expect(() => useModel(url)).toThrow(/Could not load .*nothing-here\.glb/);
  });
});
