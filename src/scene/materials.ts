/**
 * Materials. Muscle: red-brown belly fading to silvery tendon (from the loft's per-vertex `belly`), with
 * faint stripes along the fibres so their direction shows. Bone: ivory. Skin: translucent, with a rim so
 * the outline reads even when it is faint.
 */
import * as THREE from 'three';

export const COLOURS = {
  belly: new THREE.Color('#a8322d'),
  tendon: new THREE.Color('#e6dccb'),
  bone: new THREE.Color('#e9e0cc'),
  skin: new THREE.Color('#e7b99a'),
  selected: new THREE.Color('#ffb347'),
  hover: new THREE.Color('#ffd27a'),
};

/** Uniforms shared by one muscle's material, changed for selection, hover and stretch colours. */
export interface MuscleUniforms {
  uTint: { value: THREE.Color };
  uTintAmount: { value: number };
  uGlow: { value: number };
}

export function muscleMaterial(): THREE.MeshStandardMaterial & { userData: { uniforms: MuscleUniforms } } {
  const m = new THREE.MeshStandardMaterial({ roughness: 0.55, metalness: 0.0, transparent: false });
  const uniforms: MuscleUniforms = {
    uTint: { value: new THREE.Color('#ffffff') },
    uTintAmount: { value: 0 },
    uGlow: { value: 0 },
  };
  m.userData.uniforms = uniforms;
  m.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms, {
      uBelly: { value: COLOURS.belly },
      uTendon: { value: COLOURS.tendon },
    });
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float belly;\nvarying float vBelly;\nvarying vec2 vFibreUv;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvBelly = belly;\nvFibreUv = uv;');
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform vec3 uBelly;\nuniform vec3 uTendon;\nuniform vec3 uTint;\nuniform float uTintAmount;\nuniform float uGlow;\nvarying float vBelly;\nvarying vec2 vFibreUv;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float fleshy = smoothstep(0.05, 0.45, vBelly);
        // Stripes around the section run along the muscle: the fibre direction.
        float stripes = 0.5 + 0.5 * sin(vFibreUv.y * 6.2831853 * 22.0);
        vec3 flesh = uBelly * (0.86 + 0.14 * stripes);
        vec3 base = mix(uTendon, flesh, fleshy);
        base = mix(base, uTint, uTintAmount);
        diffuseColor.rgb *= base;`,
      )
      .replace(
        '#include <emissivemap_fragment>',
        '#include <emissivemap_fragment>\ntotalEmissiveRadiance += uGlow * vec3(0.55, 0.32, 0.05);',
      );
  };
  return m as THREE.MeshStandardMaterial & { userData: { uniforms: MuscleUniforms } };
}

export function boneMaterial(): THREE.MeshStandardMaterial {
  const m = new THREE.MeshStandardMaterial({ roughness: 0.62, metalness: 0.0 });
  m.color = COLOURS.bone; // shared, so the fine controls recolour it live
  return m;
}

export function skinMaterial(opacity: number): THREE.MeshStandardMaterial {
  const m = new THREE.MeshStandardMaterial({
    color: COLOURS.skin,
    roughness: 0.7,
    metalness: 0,
    transparent: true,
    opacity,
    depthWrite: false,
    side: THREE.FrontSide,
  });
  m.onBeforeCompile = (shader) => {
    // A fresnel rim: the outline of the body stays readable when the skin is faint.
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <opaque_fragment>',
      `float rim = pow(1.0 - abs(dot(normalize(vViewPosition), normal)), 2.0);
      diffuseColor.a = clamp(diffuseColor.a + rim * 0.35, 0.0, 1.0);
      #include <opaque_fragment>`,
    );
  };
  return m;
}
