/**
 * What this browser can do, asked once: can it draw WebGL, and is it drawn on the CPU? One check serves
 * the app, the embed and the <myo-map> element (which must stay dependency-free, so this file imports
 * nothing). The probe context is released at once: browsers allow only a handful of live WebGL contexts
 * per page.
 */
export type WebGLSupport = 'webgl2' | 'webgl' | null;

let answer: WebGLSupport | undefined;
let software = false;

/**
 * Renderers that draw on the CPU: Chrome's SwiftShader (used where the GPU is blocklisted or absent),
 * Mesa's llvmpipe and softpipe, Windows' Basic Render Driver.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function webglSupport(): WebGLSupport {
  if (answer !== undefined) return answer;
  answer = null;
  try {
    const canvas = document.createElement('canvas');
    const gl2 = canvas.getContext('webgl2');
    const gl = gl2 ?? canvas.getContext('webgl');
    if (gl) {
      answer = gl2 ? 'webgl2' : 'webgl';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      software = SOFTWARE.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    answer = null;
  }
  return answer;
}

export const hasWebGL = (): boolean => webglSupport() !== null;

/**
 * Whether the viewer's context should multisample: yes on a GPU, no when WebGL is drawn in software.
 * There, 4× multisampling is the largest cost of a frame (measured in headless Chromium on SwiftShader,
 * 651×728 canvas, gait playing: 2.7 frames/s with it, 5–6.6 without): jagged edges on a machine without a
 * GPU beat a model that lags the hand. A page may ask for it regardless (`window.myomapAntialias = true`,
 * as the screenshots do).
 */
export function wantsAntialias(): boolean {
  webglSupport();
  return !software || (window as { myomapAntialias?: boolean }).myomapAntialias === true;
}
