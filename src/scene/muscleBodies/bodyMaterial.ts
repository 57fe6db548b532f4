/**
 * The muscle body material: a MeshStandardMaterial whose vertex shader places each rest-pose vertex on
 * its posed fibres, read from the path texture (one row per fibre, two RGBA texels per station: position
 * and scale, then rotation; see src/geometry/bodies/pathPoser.ts). The arithmetic is the same as the CPU
 * twin in src/geometry/bodies/deform.ts. The fragment shader draws the fibre direction as fine striation
 * (noise that runs along the rest fibre direction), tendons and aponeuroses pearly and glossier than the
 * belly, and the ambient occlusion baked into the model (../occlusion.ts).
 */
import * as THREE from 'three';
import { STATIONS } from '../../geometry/bodies/pathPoser';
import { withOcclusion } from '../occlusion';

export interface BodyUniforms {
  uPaths: { value: THREE.Texture | null };
  uBelly: { value: THREE.Color };
  uTendon: { value: THREE.Color };
  /** Stretch colour (or none), mixed over the belly by uTintAmount. */
  uTint: { value: THREE.Color };
  uTintAmount: { value: number };
  /** Selection: a rim of uSelectColour; hover and highlight: a softer glow. */
  uSelect: { value: number };
  uSelectColour: { value: THREE.Color };
  uGlow: { value: number };
}

export type BodyMaterial = THREE.MeshStandardMaterial & { userData: { uniforms: BodyUniforms } };

const VERTEX_HEAD = /* glsl */ `
uniform highp sampler2D uPaths;
attribute vec4 aBind;
attribute float aWeight;
attribute vec3 aOffA;
attribute vec3 aOffB;
attribute vec3 aFibre;
attribute float _tendon;
varying float vTendon;
varying vec3 vRest;
varying vec3 vFibre;
vec3 bodyRotate(vec4 q, vec3 v) {
  vec3 t = 2.0 * cross(q.xyz, v);
  return v + q.w * t + cross(q.xyz, t);
}
// Carry a rest offset on one fibre (row) at station coordinate x: position and turned normal, weighted.
void bodyCarry(float row, float x, vec3 off, vec3 n, float w, inout vec3 pos, inout vec3 nrm) {
  float i = clamp(floor(x), 0.0, ${STATIONS - 2}.0);
  float f = clamp(x - i, 0.0, 1.0);
  int r = int(row + 0.5);
  int s = int(i) * 2;
  vec4 p0 = texelFetch(uPaths, ivec2(s, r), 0);
  vec4 q0 = texelFetch(uPaths, ivec2(s + 1, r), 0);
  vec4 p1 = texelFetch(uPaths, ivec2(s + 2, r), 0);
  vec4 q1 = texelFetch(uPaths, ivec2(s + 3, r), 0);
  vec4 p = mix(p0, p1, f);
  vec4 q = normalize(mix(q0, q1, f));
  pos += w * (p.xyz + p.w * bodyRotate(q, off));
  nrm += w * bodyRotate(q, n);
}
`;

const VERTEX_NORMAL = /* glsl */ `
vec3 bodyPos = vec3(0.0);
vec3 bodyNrm = vec3(0.0);
bodyCarry(aBind.x, aBind.y, aOffA, normal, aWeight, bodyPos, bodyNrm);
if (aWeight < 1.0) bodyCarry(aBind.z, aBind.w, aOffB, normal, 1.0 - aWeight, bodyPos, bodyNrm);
vec3 objectNormal = normalize(bodyNrm);
vTendon = _tendon;
vRest = position;
vFibre = aFibre;
#ifdef USE_TANGENT
vec3 objectTangent = vec3(tangent.xyz);
#endif
`;

const FRAGMENT_HEAD = /* glsl */ `
uniform vec3 uBelly;
uniform vec3 uTendon;
uniform vec3 uTint;
uniform float uTintAmount;
uniform float uSelect;
uniform vec3 uSelectColour;
uniform float uGlow;
varying float vTendon;
varying vec3 vRest;
varying vec3 vFibre;
float bodyHash(vec3 p) {
  p = fract(p * 0.3183099 + 0.1);
  p *= 17.0;
  return fract(p.x * p.y * p.z * (p.x + p.y + p.z));
}
float bodyNoise(vec3 x) {
  vec3 i = floor(x);
  vec3 f = fract(x);
  f = f * f * (3.0 - 2.0 * f);
  return mix(mix(mix(bodyHash(i), bodyHash(i + vec3(1, 0, 0)), f.x), mix(bodyHash(i + vec3(0, 1, 0)), bodyHash(i + vec3(1, 1, 0)), f.x), f.y),
             mix(mix(bodyHash(i + vec3(0, 0, 1)), bodyHash(i + vec3(1, 0, 1)), f.x), mix(bodyHash(i + vec3(0, 1, 1)), bodyHash(i + vec3(1, 1, 1)), f.x), f.y), f.z);
}
// Striation: noise that does not change along the fibre, so it draws streaks in the fibres' direction
// (fascicles of about 2 mm, finer fibres within them).
float bodyStriation(vec3 p, vec3 d) {
  vec3 across = p - dot(p, d) * d;
  return 0.6 * bodyNoise(across * 520.0) + 0.4 * bodyNoise(across * 1500.0 + 7.0);
}
`;

const FRAGMENT_COLOUR = /* glsl */ `
#include <color_fragment>
float tendon = smoothstep(0.25, 0.75, vTendon);
float striae = bodyStriation(vRest, normalize(vFibre));
vec3 flesh = uBelly * (0.74 + 0.4 * striae);
flesh = mix(flesh, uTint, uTintAmount);
vec3 sheen = uTendon * (0.93 + 0.1 * striae);
vec3 bodyColour = mix(flesh, sheen, tendon);
// Selected: the whole body turns towards the selection green (over any stretch colour), so it can never
// be read as a stretch.
bodyColour = mix(bodyColour, uSelectColour * (0.8 + 0.3 * striae), 0.7 * uSelect);
diffuseColor.rgb *= bodyColour;
`;

const FRAGMENT_ROUGHNESS = /* glsl */ `
#include <roughnessmap_fragment>
roughnessFactor = mix(roughnessFactor, 0.3, smoothstep(0.25, 0.75, vTendon));
`;

const FRAGMENT_EMISSIVE = /* glsl */ `
#include <emissivemap_fragment>
float bodyRim = pow(1.0 - abs(dot(normalize(vViewPosition), normal)), 2.0);
totalEmissiveRadiance += uSelectColour * uSelect * (0.12 + 0.7 * bodyRim);
totalEmissiveRadiance += vec3(0.22, 0.2, 0.18) * uGlow * (0.3 + 0.7 * bodyRim);
`;

export function bodyMaterial(colours: { belly: THREE.Color; tendon: THREE.Color; select: THREE.Color }): BodyMaterial {
  const m = new THREE.MeshStandardMaterial({ roughness: 0.58, metalness: 0 });
  const uniforms: BodyUniforms = {
    uPaths: { value: null },
    uBelly: { value: colours.belly },
    uTendon: { value: colours.tendon },
    uTint: { value: new THREE.Color('#ffffff') },
    uTintAmount: { value: 0 },
    uSelect: { value: 0 },
    uSelectColour: { value: colours.select },
    uGlow: { value: 0 },
  };
  m.userData.uniforms = uniforms;
  m.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}`)
      .replace('#include <beginnormal_vertex>', VERTEX_NORMAL)
      .replace('#include <begin_vertex>', 'vec3 transformed = bodyPos;');
    withOcclusion(shader);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}`)
      .replace('#include <color_fragment>', FRAGMENT_COLOUR)
      .replace('#include <roughnessmap_fragment>', FRAGMENT_ROUGHNESS)
      .replace('#include <emissivemap_fragment>', FRAGMENT_EMISSIVE);
  };
  // One program for every muscle (the uniforms differ, the code does not).
  m.customProgramCacheKey = () => 'myomap-muscle-body';
  return m as BodyMaterial;
}
