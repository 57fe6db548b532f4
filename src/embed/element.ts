/**
 * `<myo-map>`, the custom element of SPEC.md "Embedding", built to `dist/myomap-element.js`: one small
 * ES file with no dependencies (the build inlines the one module it shares with the app, the WebGL
 * check), for articles and clinic pages:
 *
 *   <script type="module" src="https://…/myomap-element.js"></script>
 *   <myo-map muscle="psoas_major_r" zones="1"></myo-map>
 *
 * Until the element scrolls into view (loading="lazy", the default) or is clicked, it is a light poster:
 * the muscle's name, a silhouette (or the `poster` image) and a "Show 3D model" button — nothing heavy is
 * fetched. Then it puts /embed.html (found next to this script, so any host or sub-path works) in an
 * iframe, with its attributes as the URL parameters and origin=<this page>, and talks to it by
 * postMessage: `myomap-ready`, `myomap-select` ({ detail: { muscle, name, source } }) and `myomap-error`
 * events; select(id), play(motion?), pause() and getState() methods, queued until the viewer is ready;
 * attribute changes after loading are sent as messages. Without WebGL it shows a readable picture, the
 * name and a link to the full app instead. It never handles wheel or touch itself, so the page scrolls.
 */
import { hasWebGL } from '../capability';
import type { StateReport } from './protocol';

/** The URL parameters of SPEC.md that attributes mirror (kept equal to src/state/url.ts PARAMS by a test). */
export const ATTRIBUTE_PARAMS = [
  'muscle',
  'zones',
  'motion',
  't',
  'play',
  'speed',
  'view',
  'layers',
  'seethrough',
  'isolate',
  'side',
  'mode',
] as const;
type Param = (typeof ATTRIBUTE_PARAMS)[number];

const SCRIPT_URL = import.meta.url;

/**
 * Where each muscle lies, drawn on a simple silhouette of the lower trunk and thighs (viewBox 100×130):
 * [view (f front, b back), distance of the centre from the midline, centre height, half width, half height].
 */
type Region = readonly ['f' | 'b', number, number, number, number];
const HIP_ROTATORS: Region = ['b', 15, 50, 9, 5];
const HAMSTRING_LATERAL: Region = ['b', 17, 90, 5, 22];
const HAMSTRING_MEDIAL: Region = ['b', 9, 90, 5, 22];
const ERECTOR: Region = ['b', 8, 14, 4, 12];
export const REGIONS: Readonly<Record<string, Region>> = {
  psoas_major: ['f', 8, 30, 5, 17],
  psoas_minor: ['f', 7, 24, 4, 12],
  iliacus: ['f', 17, 36, 7, 9],
  quadratus_lumborum: ['b', 11, 14, 6, 9],
  gluteus_maximus: ['b', 15, 48, 13, 13],
  gluteus_medius: ['b', 20, 33, 10, 8],
  gluteus_minimus: ['b', 22, 38, 7, 6],
  piriformis: ['b', 14, 44, 9, 4],
  gemellus_superior: HIP_ROTATORS,
  obturator_internus: HIP_ROTATORS,
  gemellus_inferior: HIP_ROTATORS,
  obturator_externus: ['f', 12, 58, 5, 4],
  quadratus_femoris: ['b', 15, 55, 8, 4],
  tensor_fasciae_latae: ['f', 24, 48, 4, 9],
  sartorius: ['f', 14, 80, 5, 30],
  rectus_femoris: ['f', 15, 86, 6, 24],
  pectineus: ['f', 8, 62, 4, 5],
  adductor_longus: ['f', 9, 74, 5, 12],
  adductor_brevis: ['f', 9, 70, 4, 9],
  adductor_magnus: ['b', 8, 84, 6, 22],
  gracilis: ['f', 6, 92, 3, 26],
  biceps_femoris_long: HAMSTRING_LATERAL,
  biceps_femoris_short: ['b', 18, 102, 4, 14],
  semitendinosus: HAMSTRING_MEDIAL,
  semimembranosus: HAMSTRING_MEDIAL,
  iliocostalis_lumborum: ['b', 12, 14, 4, 12],
  longissimus_thoracis: ERECTOR,
  multifidus_lumborum: ['b', 4, 18, 3, 12],
  vastus_lateralis: ['f', 24, 90, 5, 22],
  vastus_medialis: ['f', 10, 104, 5, 10],
  vastus_intermedius: ['f', 16, 90, 5, 20],
  // The silhouette ends just below the knees: the calf muscles are marked where they begin.
  gastrocnemius_medial: ['b', 8, 122, 3, 4],
  gastrocnemius_lateral: ['b', 14, 122, 3, 4],
  soleus: ['b', 11, 125, 5, 2],
  rectus_abdominis: ['f', 5, 24, 4, 18],
  external_oblique: ['f', 19, 24, 7, 14],
  internal_oblique: ['f', 17, 28, 7, 12],
  transversus_abdominis: ['f', 14, 26, 10, 10],
};

const SPECIAL_NAMES: Readonly<Record<string, string>> = {
  gemellus_superior: 'Superior gemellus',
  gemellus_inferior: 'Inferior gemellus',
  biceps_femoris_long: 'Biceps femoris (long head)',
  biceps_femoris_short: 'Biceps femoris (short head)',
  multifidus_lumborum: 'Multifidus (lumbar)',
  gastrocnemius_medial: 'Gastrocnemius (medial head)',
  gastrocnemius_lateral: 'Gastrocnemius (lateral head)',
};

function split(id: string | null | undefined): [string, 'r' | 'l'] | null {
  const m = id ? /^([a-z_]+)_([rl])$/.exec(id) : null;
  return m && Object.hasOwn(REGIONS, m[1]!) ? [m[1]!, m[2] as 'r' | 'l'] : null;
}

/** "psoas_major_r" → "Psoas major (right)", as the app names it; null for anything else. */
export function displayName(id: string | null | undefined): string | null {
  const s = split(id);
  if (!s) return null;
  const [name, side] = s;
  const base = SPECIAL_NAMES[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');
  return `${base} (${side === 'r' ? 'right' : 'left'})`;
}

/** The embed URL's query for a set of attribute values (empty values left out) and the page's origin. */
export function frameQuery(value: (p: Param) => string | null, origin: string | null): URLSearchParams {
  const q = new URLSearchParams();
  for (const p of ATTRIBUTE_PARAMS) {
    const v = value(p)?.trim();
    if (v) q.set(p, v);
  }
  if (origin && /^https?:\/\//.test(origin)) q.set('origin', origin);
  return q;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const OUTLINE =
  'M32 6C30 24 22 34 22 50C22 72 27 100 33 126H45C46 104 48 82 50 66C52 82 54 104 55 126H67C73 100 78 72 78 50C78 34 70 24 68 6Z';

/** Front and back silhouettes side by side, with the muscle's place marked when one is given. */
export function silhouette(id: string | null): string {
  const s = split(id);
  const name = displayName(id);
  const r = s ? REGIONS[s[0]]! : null;
  const figure = (view: 'f' | 'b', dx: number) => {
    let mark = '';
    if (r && s && r[0] === view) {
      // Seen from the front the body's right is on the left of the picture; from the back, on the right.
      const toRight = (view === 'b') === (s[1] === 'r');
      const cx = 50 + (toRight ? r[1] : -r[1]);
      mark = `<ellipse cx="${cx}" cy="${r[2]}" rx="${r[3]}" ry="${r[4]}" fill="#ff8a3d" fill-opacity=".8" stroke="#ffd9a6" stroke-width=".8"/>`;
    }
    const lines =
      view === 'b'
        ? '<path d="M50 6V44M36 60C42 63 46 62 49 58M64 60C58 63 54 62 51 58" stroke="#5b6b80" fill="none" stroke-width=".8"/>'
        : '<circle cx="50" cy="16" r="1" fill="#5b6b80"/><path d="M30 40L45 60M70 40L55 60" stroke="#5b6b80" fill="none" stroke-width=".8"/>';
    return `<g transform="translate(${dx} 0)"><path d="${OUTLINE}" fill="#2a3542" stroke="#7d8ea3" stroke-width="1"/>${lines}${mark}<text x="50" y="140" fill="#a9b4c2" font-size="8" text-anchor="middle">${view === 'f' ? 'front' : 'back'}</text></g>`;
  };
  const label = name
    ? `Where the ${esc(name.toLowerCase())} lies, on a front and back outline of the hips`
    : 'Outline of the hips and thighs, front and back';
  return `<svg class="art figure" viewBox="0 0 220 146" role="img" aria-label="${label}">${figure('f', 5)}${figure('b', 115)}</svg>`;
}

const CSS = `
:host{display:block;position:relative;container-type:inline-size;width:100%;max-width:100%;aspect-ratio:4/3;min-height:180px;overflow:hidden;border-radius:8px;background:#141a22;color:#e9eef4;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;contain:content}
:host([hidden]){display:none}
.box,.poster,.fallback,iframe{position:absolute;inset:0}
iframe{width:100%;height:100%;border:0;display:block}
.poster,.fallback{background:radial-gradient(ellipse at 50% 38%,#2e3947 0%,#182029 62%,#10151b 100%)}
.poster{z-index:1;cursor:pointer}
.art{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.figure{inset:6% 8% 22%;width:84%;height:72%}
.bar{position:absolute;left:0;right:0;bottom:0;display:flex;gap:.6rem;align-items:center;justify-content:space-between;padding:.55rem .7rem;background:linear-gradient(#0b0f1400,#0b0f14d9 40%)}
.name{font-weight:700;font-size:1.05em;text-shadow:0 1px 2px #000a;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
button,a.open{flex:none;display:inline-block;white-space:nowrap;font:inherit;font-size:.92em;border-radius:999px;padding:.35rem .9rem;cursor:pointer;border:1px solid #ffb347;background:#ffb347;color:#1b1206;font-weight:600;text-decoration:none}
button:hover{background:#ffc470}
button:focus-visible,a:focus-visible{outline:3px solid #7cc4ff;outline-offset:2px}
.loading button{opacity:.75;cursor:progress}
.brand{position:absolute;right:.55rem;top:.4rem;font-size:.72em;font-weight:700;letter-spacing:.03em;color:#a9b4c2}
.fallback{display:grid;grid-template-rows:minmax(0,1fr) auto;padding:.6rem .8rem .8rem;gap:.3rem}
.fallback .figure{position:static;width:100%;height:100%;min-height:0}
.fallback img.art{position:static;min-height:0;border-radius:6px}
.fallback p{margin:0 0 .35rem;font-size:.9em;color:#c9d2dc}
.fallback .name{color:#e9eef4}
.fallback .small{font-size:.78em;color:#a9b4c2}
@container (max-width:420px){.bar,.fallback{font-size:13.5px}}
`;

type Listener = { resolve(v: unknown): void; reject(e: Error): void };

/** The events the element fires (they bubble, and cross shadow roots), by name. */
export interface MyoMapEventMap {
  /** The viewer has drawn the model (webgl false: it shows its text fallback instead). */
  'myomap-ready': CustomEvent<{ version: string; webgl: boolean }>;
  /** A muscle was selected or the selection cleared, by the reader ('user') or through the API ('api'). */
  'myomap-select': CustomEvent<{ muscle: string | null; name: string | null; source: 'user' | 'api' }>;
  /** The viewer refused a message (with the reason). */
  'myomap-error': CustomEvent<{ message: string }>;
}

/** The element's own API, for pages that script it. */
export interface MyoMapElement extends HTMLElement {
  select(id: string | null): void;
  play(motion?: string): void;
  pause(): void;
  /** The viewer's state: the link-carried view plus the live phase and the viewer's version. */
  getState(): Promise<StateReport>;
  readonly ready: boolean;
  addEventListener<K extends keyof MyoMapEventMap>(
    type: K,
    listener: (this: MyoMapElement, ev: MyoMapEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof MyoMapEventMap>(
    type: K,
    listener: (this: MyoMapElement, ev: MyoMapEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}


export function defineMyoMap(): void {
  if (typeof customElements === 'undefined' || customElements.get('myo-map')) return;

  class MyoMap extends HTMLElement implements MyoMapElement {
    static observedAttributes = [...ATTRIBUTE_PARAMS, 'loading', 'poster'];
    #box: HTMLDivElement;
    #poster: HTMLDivElement | null = null;
    #frame: HTMLIFrameElement | null = null;
    #fallback = false;
    #frameOrigin = '';
    #ready = false;
    #focusOnReady = false;
    #queue: object[] = [];
    #observer: IntersectionObserver | null = null;
    /** Method calls made before the viewer loaded: they go into its URL. */
    #early = new Map<Param, string | null>();
    #reload = false;
    #seq = 0;
    #waiting = new Map<string, Listener>();
    #posterTimer: ReturnType<typeof setTimeout> | undefined;

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${CSS}</style><div class="box"></div>`;
      this.#box = root.querySelector('.box')!;
    }

    get ready(): boolean {
      return this.#ready;
    }

    connectedCallback() {
      window.addEventListener('message', this.#onMessage);
      if (this.#frame || this.#fallback) return;
      if (!this.#poster) this.#renderPoster();
      this.#watch();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.#onMessage);
      this.#observer?.disconnect();
      this.#observer = null;
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (old === value) return;
      if (!this.#frame) {
        this.#early.delete(name as Param);
        if (name === 'loading' && value === 'eager' && this.isConnected) this.#load();
        else if (this.#poster) this.#renderPoster();
        else if (this.#fallback) this.#renderFallback();
        return;
      }
      switch (name) {
        case 'muscle':
          return this.#send({ type: 'myomap:select', muscle: value || null });
        case 'view':
          return value ? this.#send({ type: 'myomap:view', view: value }) : undefined;
        case 'zones':
          return this.#send({ type: 'myomap:zones', on: value === '1' });
        case 't':
          return value ? this.#send({ type: 'myomap:seek', t: Number(value) }) : undefined;
        case 'play': {
          const motion = this.getAttribute('motion');
          if (value === '1') return this.#send(motion ? { type: 'myomap:play', motion } : { type: 'myomap:play' });
          return this.#send({ type: 'myomap:pause' });
        }
        case 'motion':
          if (value) {
            this.#send({ type: 'myomap:play', motion: value });
            if (this.getAttribute('play') !== '1') this.#send({ type: 'myomap:pause' });
            return;
          }
          return this.#scheduleReload();
        case 'loading':
        case 'poster':
          return;
        default:
          // speed, layers, isolate, side, mode have no message: the viewer reopens with the new link.
          return this.#scheduleReload();
      }
    }

    select(id: string | null) {
      this.#command({ type: 'myomap:select', muscle: id ?? null }, [['muscle', id ?? null]]);
    }

    play(motion?: string) {
      this.#command(motion ? { type: 'myomap:play', motion } : { type: 'myomap:play' }, [
        ...(motion ? [['motion', motion] as [Param, string]] : []),
        ['play', '1'],
      ]);
    }

    pause() {
      this.#command({ type: 'myomap:pause' }, [['play', null]]);
    }

    getState(): Promise<StateReport> {
      if (!this.#frame) return Promise.reject(new Error('myo-map: the viewer is not loaded yet'));
      return new Promise((resolve, reject) => {
        const id = `myo-map-${++this.#seq}`;
        this.#waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        this.#send({ type: 'myomap:getState', id });
      });
    }

    #value(p: Param): string | null {
      return this.#early.has(p) ? this.#early.get(p)! : this.getAttribute(p);
    }

    #command(message: object, early: [Param, string | null][]) {
      if (this.#frame) return this.#send(message);
      for (const [p, v] of early) this.#early.set(p, v);
      if (this.#poster) this.#renderPoster();
    }

    #send(message: object) {
      const w = this.#frame?.contentWindow;
      if (!this.#ready || !w) {
        this.#queue.push(message);
        return;
      }
      w.postMessage(message, this.#frameOrigin);
    }

    #emit<K extends keyof MyoMapEventMap>(type: K, detail: MyoMapEventMap[K]['detail']) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    #url(): URL {
      const origin = window.location.origin;
      const url = new URL('embed.html', SCRIPT_URL);
      url.search = frameQuery((p) => this.#value(p), origin === 'null' ? null : origin).toString();
      return url;
    }

    #appUrl(): string {
      const q = frameQuery((p) => this.#value(p), null).toString();
      return new URL(`./${q ? `?${q}` : ''}`, SCRIPT_URL).href;
    }

    #watch() {
      if (this.getAttribute('loading') === 'eager' || typeof IntersectionObserver === 'undefined') {
        this.#load();
        return;
      }
      this.#observer?.disconnect();
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.#load();
        },
        { rootMargin: '200px 0px' },
      );
      this.#observer.observe(this);
    }

    #renderPoster() {
      const name = displayName(this.#value('muscle'));
      const poster = this.getAttribute('poster');
      const art = poster
        ? `<img class="art" src="${esc(poster)}" alt="" decoding="async" loading="lazy">`
        : silhouette(this.#value('muscle'));
      const html = `${art}<span class="brand">myomap</span><div class="bar"><span class="name">${esc(name ?? 'Hip and low-back muscles in 3D')}</span><button type="button">Show 3D model</button></div>`;
      if (!this.#poster) {
        const p = document.createElement('div');
        p.className = 'poster';
        p.addEventListener('click', () => {
          this.#focusOnReady = true;
          this.#load();
        });
        this.#box.append(p);
        this.#poster = p;
      }
      const loading = this.#poster.classList.contains('loading');
      this.#poster.innerHTML = html;
      if (loading) this.#poster.querySelector('button')!.textContent = 'Loading…';
    }

    #renderFallback() {
      this.#fallback = true;
      const id = this.#value('muscle');
      const name = displayName(id);
      const poster = this.getAttribute('poster');
      const art = poster ? `<img class="art" src="${esc(poster)}" alt="">` : silhouette(id);
      this.#box.innerHTML = `<div class="fallback">${art}<div>${name ? `<p class="name">${esc(name)}</p>` : ''}<p class="small">This browser cannot show the 3D model (WebGL is switched off or not supported).</p><p><a class="open" href="${esc(this.#appUrl())}" target="_blank" rel="noopener">Open in myomap</a></p></div></div>`;
      this.#poster = null;
    }

    #load() {
      if (this.#frame || this.#fallback) return;
      this.#observer?.disconnect();
      this.#observer = null;
      if (!hasWebGL()) {
        this.#renderFallback();
        return;
      }
      const url = this.#url();
      const name = displayName(this.#value('muscle'));
      const f = document.createElement('iframe');
      f.title = `3D model${name ? ` of the ${name.toLowerCase()}` : ' of the hip and low-back muscles'} (myomap)`;
      f.allow = 'fullscreen';
      f.addEventListener('load', () => {
        clearTimeout(this.#posterTimer);
        // If the viewer never says it is ready, do not hide it behind the poster for ever.
        this.#posterTimer = setTimeout(() => this.#dropPoster(), 20_000);
      });
      f.src = url.href;
      this.#frameOrigin = url.origin;
      this.#ready = false;
      this.#frame = f;
      this.#box.prepend(f);
      if (this.#poster) {
        this.#poster.classList.add('loading');
        this.#poster.querySelector('button')!.textContent = 'Loading…';
      }
      this.#early.clear();
    }

    #dropPoster() {
      const p = this.#poster;
      if (!p) return;
      const hadFocus = this.shadowRoot?.activeElement !== null && p.contains(this.shadowRoot?.activeElement ?? null);
      p.remove();
      this.#poster = null;
      if (hadFocus || this.#focusOnReady) this.#frame?.focus();
      this.#focusOnReady = false;
    }

    #scheduleReload() {
      if (this.#reload) return;
      this.#reload = true;
      queueMicrotask(() => {
        this.#reload = false;
        const f = this.#frame;
        if (!f) return;
        this.#ready = false;
        f.src = this.#url().href;
      });
    }

    #onMessage = (e: MessageEvent) => {
      const f = this.#frame;
      if (!f || e.source !== f.contentWindow || e.origin !== this.#frameOrigin) return;
      const d = e.data as { type?: unknown; id?: unknown; [k: string]: unknown } | null;
      if (!d || typeof d !== 'object' || typeof d.type !== 'string') return;
      const waiting = typeof d.id === 'string' ? this.#waiting.get(d.id) : undefined;
      if (waiting) this.#waiting.delete(d.id as string);
      switch (d.type) {
        case 'myomap:ready': {
          this.#ready = true;
          clearTimeout(this.#posterTimer);
          this.#dropPoster();
          const queued = this.#queue;
          this.#queue = [];
          for (const m of queued) this.#send(m);
          this.#emit('myomap-ready', { version: String(d.version), webgl: d.webgl === true });
          break;
        }
        case 'myomap:select':
          this.#emit('myomap-select', {
            muscle: typeof d.muscle === 'string' ? d.muscle : null,
            name: typeof d.name === 'string' ? d.name : null,
            source: d.source === 'user' ? 'user' : 'api',
          });
          break;
        case 'myomap:state': {
          const { type: _type, id: _id, ...state } = d;
          waiting?.resolve(state);
          break;
        }
        case 'myomap:error':
          waiting?.reject(new Error(String(d.message)));
          this.#emit('myomap-error', { message: String(d.message) });
          break;
      }
    };
  }

  customElements.define('myo-map', MyoMap);
}

defineMyoMap();

declare global {
  interface HTMLElementTagNameMap {
    'myo-map': MyoMapElement;
  }
}
