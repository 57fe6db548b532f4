/**
 * What this browser can do, asked once: can it draw WebGL? One check serves the app, the embed and the
 * <myo-map> element (which must stay dependency-free, so this file imports nothing). The probe context is
 * released at once: browsers allow only a handful of live WebGL contexts per page.
 */
export type WebGLSupport = 'webgl2' | 'webgl' | null;

let answer: WebGLSupport | undefined;

export function webglSupport(): WebGLSupport {
  if (answer !== undefined) return answer;
  answer = null;
  try {
    const canvas = document.createElement('canvas');
    const gl2 = canvas.getContext('webgl2');
    const gl = gl2 ?? canvas.getContext('webgl');
    if (gl) {
      answer = gl2 ? 'webgl2' : 'webgl';
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    answer = null;
  }
  return answer;
}

export const hasWebGL = (): boolean => webglSupport() !== null;
