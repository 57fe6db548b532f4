/**
 * Ambient occlusion baked into the models' vertices (`_occlusion`: 0 open … 1 enclosed, from
 * scripts/models/ao.ts), applied in a material's shader: it darkens the light that comes from all
 * around (environment, hemisphere) and, more gently, the direct light. A mesh without the attribute
 * reads 0 and is simply unoccluded.
 */
import type * as THREE from 'three';

export const OCCLUSION_VERTEX_HEAD = 'attribute float _occlusion;\nvarying float vOcclusion;';
export const OCCLUSION_VERTEX = 'vOcclusion = _occlusion;';
export const OCCLUSION_FRAGMENT_HEAD = 'varying float vOcclusion;';
export const OCCLUSION_FRAGMENT = /* glsl */ `
#include <aomap_fragment>
float bakedOpen = 1.0 - vOcclusion;
reflectedLight.indirectDiffuse *= bakedOpen;
reflectedLight.indirectSpecular *= bakedOpen;
reflectedLight.directDiffuse *= mix(1.0, bakedOpen, 0.55);
`;

/** Add the baked occlusion to a standard material's shader (inside its onBeforeCompile). */
export function withOcclusion(shader: THREE.WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${OCCLUSION_VERTEX_HEAD}`)
    .replace('#include <begin_vertex>', `#include <begin_vertex>\n${OCCLUSION_VERTEX}`);
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${OCCLUSION_FRAGMENT_HEAD}`)
    .replace('#include <aomap_fragment>', OCCLUSION_FRAGMENT);
}
