/**
 * glTF loading with the meshopt decoder that ships inside three (no decoder is fetched from the net).
 * Suspends while loading; throws a readable error when a file is missing or broken. `preloadModels`
 * starts every model's download and decoding at once, so none waits for another behind the Suspense
 * boundary (React renders the second model's component only after the first has loaded).
 */
import { useLoader } from '@react-three/fiber';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const withDecoder = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

export function useModel(url: string): GLTF {
  return useLoader(GLTFLoader, url, withDecoder);
}

export function preloadModels(urls: string[]): void {
  // One call per file: the cache key is the loader and the list given, so a list would not serve useModel(url).
  for (const url of urls) useLoader.preload(GLTFLoader, url, withDecoder);
}
