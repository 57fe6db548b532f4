/**
 * A one-page printable handout of a muscle's referral pattern: pictures of the zones from the front and
 * back, the trigger points, symptoms and self-care, the sources and the disclaimer — printed (or saved as
 * PDF) through the browser's own print dialog.
 */
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../anatomy/muscles/facts';
import type { MuscleId } from '../../anatomy/muscles/types';
import { patternsOf } from '../../anatomy/referral/refer';
import { hasSource, source } from '../../anatomy/sources';
import type { ViewerRuntime } from '../../state/runtime';
import { selectMuscle } from '../../state/selection';
import { useStore } from '../../state/store';
import { EVIDENCE_SHORT } from './evidenceWords';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Print the handout of muscle `id`, with pictures taken by the viewer of `runtime`. */
export async function printHandout(id: MuscleId, runtime: ViewerRuntime): Promise<HTMLElement> {
  const s = useStore.getState();
  const before = { zones: s.zones, layers: s.layers, muscle: s.muscle };
  if (s.muscle !== id) selectMuscle(id);
  s.setZones(true);
  s.setLayers(['skin', 'bones', 'muscles']);
  const m = muscle(id);
  const back = m.name.match(/psoas|iliacus|pectineus|adductor|sartorius|rectus|tensor|gracilis/) ? 'anterior' : 'posterior';
  let pictures: string[] = [];
  try {
    pictures = (await runtime.camera?.snapshot(back === 'anterior' ? ['anterior', 'posterior'] : ['posterior', 'right'])) ?? [];
  } finally {
    // Put the view back as it was: zones, layers and the selection.
    s.setZones(before.zones);
    s.setLayers(before.layers);
    if (before.muscle !== id) selectMuscle(before.muscle);
  }
  const f = MUSCLE_FACTS[m.name];
  const patterns = patternsOf(m.name);
  const cites = [...new Set([...f.citations, ...patterns.flatMap((p) => p.zones.flatMap((z) => z.citations))].map((c) => c.source))]
    .filter(hasSource)
    .map((k) => source(k).full);
  const html = `
    <h1>${esc(muscleLabel(m))}: where it sends pain</h1>
    <div class="handout-pictures">${pictures.map((p) => `<img src="${p}" alt="Referral zones of the ${esc(muscleLabel(m))}" />`).join('')}</div>
    <p class="handout-key">Solid red: essential zone (felt by nearly everyone with an active trigger point). Red dots: spillover (felt by some). ✕: trigger point.</p>
    ${patterns
      .map(
        (p) => `<h2>${esc(p.label)}</h2><ul>${p.zones
          .map((z) => `<li><b>${z.type === 'essential' ? 'Essential' : 'Spillover'}:</b> ${esc(z.description)} <i>(${EVIDENCE_SHORT[z.evidence]})</i></li>`)
          .join('')}</ul>`,
      )
      .join('')}
    <h2>Trigger points</h2><ul>${f.triggerPoints.map((t) => `<li>${esc(t.description)}</li>`).join('') || '<li>None described.</li>'}</ul>
    <h2>What it feels like</h2><p>${esc(f.symptoms)}</p>
    <h2>What can help</h2><p>${esc(f.selfCare)}</p>
    <p class="handout-disclaimer">For education only — this is not a diagnosis. Pain can have many causes. See a clinician if pain is severe, new, or comes with numbness, weakness, fever or changes in bladder or bowel control.</p>
    <h2>Sources</h2><ol class="handout-sources">${cites.map((c) => `<li>${esc(c)}</li>`).join('')}</ol>
    <p class="handout-credit">Made with myomap — ${esc(location.href)}</p>`;
  document.querySelector('.handout')?.remove();
  const el = document.createElement('article');
  el.className = 'handout';
  el.setAttribute('aria-label', 'Printable handout');
  el.innerHTML = html;
  document.body.appendChild(el);
  const cleanup = () => {
    el.remove();
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
  return el;
}
