/**
 * The copy-and-paste code for embedding the current view (the Embed dialog): an <iframe> of embed.html,
 * and the <myo-map> element with its script. URLs are absolute, from the page the app is served at.
 */
import { labelOf, selectedId } from '../../state/selection';
import { toParams } from '../../state/url';
import type { ViewState } from '../../state/types';

export interface Snippets {
  embedUrl: string;
  scriptUrl: string;
  iframe: string;
  element: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippets(state: ViewState, pageHref: string): Snippets {
  const params = toParams(state);
  const q = params.toString();
  const embedUrl = new URL(`embed.html${q ? `?${q}` : ''}`, pageHref).href;
  const scriptUrl = new URL('myomap-element.js', pageHref).href;
  const id = selectedId(state);
  const name = id ? labelOf(id) : null;
  const title = `3D model${name ? ` of the ${name.toLowerCase()}` : ' of the hip and low-back muscles'} (myomap)`;
  const iframe = `<iframe src="${attr(embedUrl)}" title="${attr(title)}" style="width:100%;aspect-ratio:4/3;border:0" loading="lazy" allow="fullscreen"></iframe>`;
  // The element's attribute for any selection is `muscle` (SPEC.md; the link's select= is the same parameter).
  const attrs = [...params].map(([k, v]) => ` ${k === 'select' ? 'muscle' : k}="${attr(v)}"`).join('');
  const element = `<script type="module" src="${attr(scriptUrl)}"></script>\n<myo-map${attrs}></myo-map>`;
  return { embedUrl, scriptUrl, iframe, element };
}
