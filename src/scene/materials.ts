/**
 * Materials and colours. Muscle bodies have their own (muscleBodies/bodyMaterial.ts). Bone: ivory, with
 * the occlusion baked into the model. Skin: translucent, with a rim so the outline reads even when it is
 * faint.
 */
import * as THREE from 'three';
import { withOcclusion } from './occlusion';

export const COLOURS = {
  belly: new THREE.Color('#a8322d'),
  tendon: new THREE.Color('#d9e1e6'),
  bone: new THREE.Color('#e9e0cc'),
  skin: new THREE.Color('#e7b99a'),
  /** Selection: a green no stretch colour uses (those run blue → grey → yellow). */
  selected: new THREE.Color('#2fe38a'),
};

/** Bone, ivory by default; `colour` is kept by reference, so the fine controls recolour it live. */
export function boneMaterial(colour: THREE.Color = COLOURS.bone): THREE.MeshStandardMaterial {
  const m = new THREE.MeshStandardMaterial({ roughness: 0.62, metalness: 0.0 });
  m.color = colour;
  m.onBeforeCompile = withOcclusion;
  m.customProgramCacheKey = () => 'myomap-bone';
  return m;
}

/**
 * The selected bone: bone shading (and baked occlusion) in the selection colour, a material of its own so
 * every other bone keeps the shared one; solid even when the bones layer is see-through, as a selected
 * muscle stays solid.
 */
export const selectedBoneMaterial = (): THREE.MeshStandardMaterial => boneMaterial(COLOURS.selected);

/** Opacity of anything drawn see-through (a see-through layer, the abdominal wall over the psoas). */
export const SEE_THROUGH_OPACITY = 0.28;
/**
 * The same while another muscle is selected: fainter, so that the selection behind the abdominal wall
 * (the psoas from the front, a patient's link) keeps its colour rather than a milky veil.
 */
export const SEE_THROUGH_BESIDE_SELECTION = 0.12;

/**
 * Draw a material see-through or solid. Opaque materials compile with alpha forced to 1, so a change of
 * kind needs the program changed; nothing is touched when it is already as asked (called every frame).
 */
export function setSeeThrough(m: THREE.Material, on: boolean, opacity = SEE_THROUGH_OPACITY): void {
  m.opacity = on ? opacity : 1;
  if (m.transparent === on) return;
  m.transparent = on;
  m.depthWrite = !on;
  m.needsUpdate = true;
}

/** Colours of the zone channels: the selected muscle, then up to three compared. */
export const ZONE_COLOURS = ['#d7191c', '#2c7bb6', '#1a9641', '#8e44ad'].map((c) => new THREE.Color(c));

export interface SkinUniforms {
  uZoneColours: { value: THREE.Color[] };
  uZonesOn: { value: number };
}

/**
 * The skin: translucent with a fresnel rim so the outline reads when faint; referral zones painted on it
 * from the `zoneE`/`zoneS` attributes (one channel per muscle) — essential solid, spillover as a stipple
 * of dots fixed to the body (from the neutral-pose position, so the dots move with the skin), like the
 * Trigger Point Manual's solid and dotted red; `painted` marks where someone has shown their pain;
 * `_fade` (body.glb's `_FADE`) turns the neck and arm stumps transparent.
 */
export function skinMaterial(opacity: number): THREE.MeshStandardMaterial & { userData: { uniforms: SkinUniforms } } {
  const m = new THREE.MeshStandardMaterial({
    color: COLOURS.skin,
    roughness: 0.7,
    metalness: 0,
    transparent: true,
    opacity,
    depthWrite: false,
    side: THREE.FrontSide,
  });
  const uniforms: SkinUniforms = { uZoneColours: { value: ZONE_COLOURS }, uZonesOn: { value: 0 } };
  m.userData.uniforms = uniforms;
  m.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute vec4 zoneE;\nattribute vec4 zoneS;\nattribute float painted;\nattribute vec3 bindPos;\nattribute float _fade;\nvarying vec4 vZoneE;\nvarying vec4 vZoneS;\nvarying float vPainted;\nvarying vec3 vBind;\nvarying float vFade;',
      )
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvZoneE = zoneE;\nvZoneS = zoneS;\nvPainted = painted;\nvBind = bindPos;\nvFade = _fade;');
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        uniform vec3 uZoneColours[4];
        uniform float uZonesOn;
        varying vec4 vZoneE;
        varying vec4 vZoneS;
        varying float vPainted;
        varying vec3 vBind;
        varying float vFade;
        // Dots on a 7 mm lattice fixed to the body: the stipple of spillover zones. Edged a pixel wide; where
        // the dots are smaller than a pixel they fade to their mean cover instead of flickering.
        float stipple(vec3 p) {
          float r = length(fract(p / 0.007) - 0.5);
          float w = fwidth(r);
          float dot = 1.0 - smoothstep(0.2 - w, 0.2 + w, r);
          return mix(dot, 0.126, smoothstep(0.12, 0.3, w));
        }
        // A zone's edge: where the (smoothed, per-vertex) membership crosses 0.5 — refer's threshold — drawn
        // sharp and antialiased across the triangles, instead of a blur that follows them in steps.
        float zoneEdge(float m) {
          float w = max(fwidth(m), 1e-4);
          return smoothstep(0.5 - w, 0.5 + w, m);
        }`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float zoneAlpha = 0.0;
        if (uZonesOn > 0.5) {
          float dots = stipple(vBind);
          for (int i = 0; i < 4; i++) {
            float e = zoneEdge(vZoneE[i]);
            float inS = zoneEdge(vZoneS[i]);
            float s = inS * dots;
            float w = max(e * 0.92, s);
            diffuseColor.rgb = mix(diffuseColor.rgb, uZoneColours[i], w);
            zoneAlpha = max(zoneAlpha, max(e * 0.9, s) + inS * 0.12);
          }
        }
        diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0, 0.62, 0.1), vPainted * 0.85);
        zoneAlpha = max(zoneAlpha, vPainted * 0.85);`,
      )
      .replace(
        '#include <opaque_fragment>',
        `float rim = pow(1.0 - abs(dot(normalize(vViewPosition), normal)), 2.0);
        diffuseColor.a = clamp(max(diffuseColor.a + rim * 0.35, zoneAlpha), 0.0, 1.0);
        // Neck and arm stumps fade out (body.glb's per-vertex _FADE), so the figure ends without an edge.
        diffuseColor.a *= 1.0 - vFade;
        #include <opaque_fragment>`,
      );
  };
  return m as THREE.MeshStandardMaterial & { userData: { uniforms: SkinUniforms } };
}
