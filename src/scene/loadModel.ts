/**
 * glTF loading with the meshopt decoder that ships inside three (no decoder is fetched from the net).
 * Suspends while loading; throws a readable error when a file is missing or broken.
 */
import { useLoader } from '@react-three/fiber';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export function useModel(url: string): GLTF {
  return useLoader(GLTFLoader, url, (loader) => {
    loader.setMeshoptDecoder(MeshoptDecoder);
  });
}
