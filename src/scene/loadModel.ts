/**
 * glTF loading with the meshopt decoder that ships inside three (no decoder is fetched from the net).
 * Every model is fetched and decoded once per page (`loadModel`), all at once. The viewer renders the scene
 * only after they have settled (`useModelsSettled`), so `useModel` finds its model there and never
 * suspends: React holds back revealing a Suspense boundary's content for up to 300 ms after its fallback
 * first showed, and that throttle alone put about 100 ms between the models' arrival and the first frame.
 * A model that failed to load throws a readable error for its ModelBoundary.
 */
import { useEffect, useState } from 'react';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

interface Entry {
  status: 'pending' | 'fulfilled' | 'rejected';
  gltf?: GLTF;
  error?: Error;
  settled: Promise<void>;
}

const models = new Map<string, Entry>();
let loader: GLTFLoader | undefined;

/** Starts loading `url` (once per page); the promise settles when it has loaded or failed. */
export function loadModel(url: string): Promise<void> {
  let entry = models.get(url);
  if (!entry) {
    loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const e: Entry = { status: 'pending', settled: Promise.resolve() };
    e.settled = loader.loadAsync(url).then(
      (gltf) => {
        e.status = 'fulfilled';
        e.gltf = gltf;
      },
      (error: unknown) => {
        e.status = 'rejected';
        e.error = new Error(`Could not load ${url}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    models.set(url, e);
    entry = e;
  }
  return entry.settled;
}

/** The loaded model; suspends if it is still loading (the viewer waits for it first), throws if it failed. */
export function useModel(url: string): GLTF {
  loadModel(url);
  const entry = models.get(url)!;
  if (entry.status === 'fulfilled') return entry.gltf!;
  if (entry.status === 'rejected') throw entry.error;
  throw entry.settled;
}

/** Whether every model (and any other promise given) has settled, loaded or failed; starts them all at once. */
export function useModelsSettled(urls: readonly string[], also: readonly Promise<unknown>[] = []): boolean {
  const [settled, setSettled] = useState(() => also.length === 0 && urls.every((u) => models.has(u) && models.get(u)!.status !== 'pending'));
  useEffect(() => {
    if (settled) return;
    let live = true;
    const done = () => {
      if (live) setSettled(true);
    };
    Promise.all([...urls.map(loadModel), ...also]).then(done, done);
    return () => {
      live = false;
    };
  }, [settled, urls, also]);
  return settled;
}
