/**
 * Issue 11: every structure, not only the muscles, can be selected — by link (`select=`, or `muscle=` as
 * old links say), from the list and its search, and the selection turns on the layer that draws it. The
 * first load knows structures from directory.json, which must stay what the catalog says. Bones are
 * structures like the others: listed, found by the words people use, selected by link and by the embed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STRUCTURES, structureLabel } from '../../src/anatomy/structures/catalog';
import { directoryRows } from '../../scripts/structureDirectory';
import { entryLabel, STRUCTURE_ENTRIES } from '../../src/anatomy/structureDirectory';
import data from '../../src/anatomy/structureDirectory.json';
import { bestViewOf } from '../../src/state/bestView';
import { selectById, selectedId } from '../../src/state/selection';
import { useStore, viewState } from '../../src/state/store';
import { DEFAULT_VIEW_STATE, LAYERS, type ViewState } from '../../src/state/types';
import { parseParams, toParams } from '../../src/state/url';
import { startUrlSync } from '../../src/state/urlSync';
import { embedSnippets } from '../../src/ui/embed/snippets';
import { handleMessage } from '../../src/embed/protocol';
import { labelFor } from '../../src/ui/HoverLabel';
import { listSections } from '../../src/ui/muscleIndex';

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

/** Open a link the way the app does; returns what the address bar was rewritten to (or null). */
function openLink(search: string): string | null {
  const replace = vi.fn();
  vi.stubGlobal('history', { state: null, replaceState: replace });
  const stop = startUrlSync({ pathname: '/', search, hash: '' });
  stop();
  vi.unstubAllGlobals();
  return (replace.mock.calls.at(-1)?.[2] as string | undefined) ?? null;
}

describe('the structure directory of the first load', () => {
  it('is what the catalog says (regenerate with `npx tsx scripts/structureDirectory.ts`)', () => {
    expect(data.structures).toEqual(directoryRows());
    expect(STRUCTURE_ENTRIES.map((e) => [e.id, e.kind, e.side, entryLabel(e)])).toEqual(
      STRUCTURES.map((s) => [s.id, s.kind, s.side, structureLabel(s)]),
    );
  });
});

describe('select= in links', () => {
  it('parses any structure into `structure`, and writes it back as select=', () => {
    expect(parseParams('select=femoral_nerve_r').state).toEqual({ structure: 'femoral_nerve_r' });
    // muscle= is the same parameter (SPEC.md), kept for old links.
    expect(parseParams('muscle=inguinal_ligament_l').state).toEqual({ structure: 'inguinal_ligament_l' });
    // The last selection named wins, whichever field it lands in.
    expect(parseParams('select=femoral_nerve_r&muscle=psoas_major_r').state).toEqual({ muscle: 'psoas_major_r' });
    expect(parseParams('muscle=psoas_major_r&select=abdominal_aorta').state).toEqual({ structure: 'abdominal_aorta' });
    const s = {
      ...DEFAULT_VIEW_STATE,
      structure: 'femoral_nerve_r',
      layers: LAYERS.filter((l) => l !== 'labels' && l !== 'fascia' && l !== 'ligaments' && l !== 'vessels'),
    };
    const q = toParams(s);
    expect(q.get('select')).toBe('femoral_nerve_r');
    expect(q.get('muscle')).toBeNull();
    expect({ ...DEFAULT_VIEW_STATE, ...parseParams(q).state }).toEqual(s);
  });

  it('opening one selects it, turns its layer on and the body to its best view, and the link keeps it', () => {
    const url = openLink('?select=femoral_nerve_r');
    const s = useStore.getState();
    expect(s.structure).toBe('femoral_nerve_r');
    expect(s.muscle).toBeNull();
    expect(s.layers).toContain('nerves');
    const best = bestViewOf('femoral_nerve_r');
    expect(best).not.toBeNull();
    expect(s.camera ?? s.view).toBe(best);
    const written = new URL(url ?? '', 'http://x').searchParams;
    expect(written.get('select')).toBe('femoral_nerve_r');
    expect(written.get('layers')?.split(',')).toContain('nerves');
    // A copied link reopens the same view.
    useStore.setState(useStore.getInitialState(), true);
    openLink(new URL(url ?? '', 'http://x').search);
    const sorted = (v: ViewState) => ({ ...v, layers: [...v.layers].sort() });
    expect(sorted(viewState())).toEqual(sorted(viewState(s)));
  });

  it('a link that names a view keeps it; an unknown id is ignored with a notice', () => {
    openLink('?select=inguinal_ligament_r&view=posterior');
    expect(useStore.getState()).toMatchObject({ structure: 'inguinal_ligament_r', view: 'posterior', camera: null });
    expect(useStore.getState().layers).toContain('ligaments');
    useStore.setState(useStore.getInitialState(), true);
    openLink('?select=femoral_nerve_x');
    expect(selectedId(useStore.getState())).toBeNull();
    expect(useStore.getState().notices[0]?.text).toMatch(/select/);
  });
});

describe('the Embed dialog', () => {
  it('names a selected structure and gives the element its `muscle` attribute', () => {
    const state = { ...DEFAULT_VIEW_STATE, structure: 'sciatic_nerve_l', layers: [...DEFAULT_VIEW_STATE.layers] };
    const s = embedSnippets(state, 'https://example.org/myomap/');
    expect(s.embedUrl).toBe('https://example.org/myomap/embed.html?select=sciatic_nerve_l');
    expect(s.element).toContain('<myo-map muscle="sciatic_nerve_l"></myo-map>');
    expect(s.iframe).toContain('title="3D model of the sciatic nerve (left) (myomap)"');
  });
});

describe('selecting', () => {
  it('a structure replaces a muscle (and back), turns its layer on and is announced', () => {
    selectById('psoas_major_r');
    expect(selectById('iliotibial_tract_l')).toBe(true);
    const s = useStore.getState();
    expect([s.muscle, s.structure]).toEqual([null, 'iliotibial_tract_l']);
    expect(s.layers).toContain('fascia');
    expect(s.status).toBe('Selected Iliotibial tract (left)');
    selectById('psoas_major_r');
    expect([useStore.getState().muscle, useStore.getState().structure]).toEqual(['psoas_major_r', null]);
  });

  it('an unknown id changes nothing', () => {
    selectById('sciatic_nerve_r');
    const before = useStore.getState();
    expect(selectById('sciatic_nerve')).toBe(false);
    expect(useStore.getState()).toBe(before);
  });
});

describe('the list and its search', () => {
  const found = (q: string) => listSections(q, 'both').flatMap((s) => s.items.map((i) => [s.label, i.label]));

  it('lists structures under their kind, after the muscles', () => {
    const labels = listSections('', 'both').map((s) => s.label);
    // Outside in, as the layers run: bones deepest, last.
    expect(labels.slice(-4)).toEqual(['Ligaments & fascia', 'Nerves', 'Vessels', 'Bones']);
    expect(labels.indexOf('Hip flexors')).toBe(0);
  });

  it('finds "femoral nerve" by name and by a synonym, and only that side when one side is shown', () => {
    // Every word must match: the femoral nerve first, then nerves whose names hold "femoral".
    expect(found('femoral nerve').slice(0, 2)).toEqual([
      ['Nerves', 'Femoral nerve (right)'],
      ['Nerves', 'Femoral nerve (left)'],
    ]);
    expect(found('femoral nerve').every(([section, label]) => section === 'Nerves' && /femoral/i.test(label!))).toBe(
      true,
    );
    expect(found('saphenous')).toEqual([
      ['Nerves', 'Femoral nerve (right)'],
      ['Nerves', 'Femoral nerve (left)'],
    ]);
    expect(found("Poupart's")).toEqual([
      ['Ligaments & fascia', 'Inguinal ligament (right)'],
      ['Ligaments & fascia', 'Inguinal ligament (left)'],
    ]);
    const itBand = listSections('IT band', 'l').flatMap((s) => s.items.map((i) => i.id));
    expect(itBand).toContain('iliotibial_tract_l');
    expect(itBand).not.toContain('iliotibial_tract_r');
    // Midline structures show whichever side is shown.
    expect(listSections('aorta', 'r').flatMap((s) => s.items.map((i) => i.id))).toEqual(['abdominal_aorta']);
  });
});

describe('bones', () => {
  const bones = (q: string) =>
    listSections(q, 'both')
      .find((s) => s.label === 'Bones')
      ?.items.map((i) => i.id) ?? [];
  const BONE_IDS = STRUCTURE_ENTRIES.filter((e) => e.kind === 'bone').map((e) => e.id);

  it('are listed, each once, as the CLI lists them (no discs)', () => {
    expect(bones('')).toEqual(BONE_IDS);
    expect(BONE_IDS).toEqual(
      expect.arrayContaining(['t11', 'l5', 'sacrum', 'coccyx', 'pelvis', 'rib_12_l', 'femur_r', 'patella_l']),
    );
    expect(BONE_IDS.some((id) => id.startsWith('disc'))).toBe(false);
    expect(listSections('', 'both').find((s) => s.label === 'Bones')?.items[0]?.label).toBe('T11 vertebra');
    // One side shown: that side's bones and the midline ones.
    expect(listSections('femur', 'l').flatMap((s) => s.items.map((i) => i.id))).toEqual(['femur_l']);
  });

  it('are found by the words people use', () => {
    expect(bones('thigh bone')).toEqual(['femur_r', 'femur_l']);
    expect(bones('kneecap')).toEqual(['patella_r', 'patella_l']);
    expect(bones('hip bone')).toEqual(['pelvis']);
    expect(bones('innominate')).toEqual(['pelvis']);
    expect(bones('shin bone')).toEqual(['tibia_r', 'tibia_l']);
    expect(bones('tailbone')).toEqual(['coccyx']);
    // The lumbar vertebrae first (T12, at the thoracolumbar junction, matches word by word after them).
    expect(bones('lumbar vertebra').slice(0, 5)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    expect(listSections('kneecap', 'both').map((s) => s.label)).toEqual(['Bones']);
  });

  it('a link selects one: the bones layer turns on, the body turns to a view of it, the link keeps it', () => {
    const url = openLink('?select=femur_r&layers=muscles');
    const s = useStore.getState();
    expect([s.muscle, s.structure]).toEqual([null, 'femur_r']);
    expect(s.layers).toContain('bones');
    expect(s.camera ?? s.view).toBe(bestViewOf('femur_r'));
    expect(bestViewOf('femur_r')).toBe('right');
    const written = new URL(url ?? '', 'http://x').searchParams;
    expect(written.get('select')).toBe('femur_r');
    expect(written.get('layers')?.split(',')).toEqual(['muscles', 'bones']);
  });

  it('each opens on a view; a left bone on the mirror of the right one', () => {
    const mirror: Record<string, string> = { right: 'left', front_right: 'front_left', back_right: 'back_left' };
    for (const [k, v] of Object.entries(mirror)) mirror[v] = k;
    for (const id of BONE_IDS) expect(bestViewOf(id), id).toBeTruthy();
    for (const id of BONE_IDS.filter((b) => b.endsWith('_r'))) {
      expect(bestViewOf(id.replace(/_r$/, '_l')), id).toBe(mirror[bestViewOf(id)!]);
    }
    expect(bestViewOf('l3')).toBe('posterior');
    expect(bestViewOf('pelvis')).toBe('anterior');
  });

  it('selecting one is announced; an unknown bone id changes nothing', () => {
    expect(selectById('patella_l')).toBe(true);
    expect(useStore.getState().status).toBe('Selected Patella (left)');
    const before = useStore.getState();
    expect(selectById('femur')).toBe(false);
    expect(selectById('disc_l4_l5')).toBe(false);
    expect(useStore.getState()).toBe(before);
    openLink('?select=femur');
    expect(useStore.getState().structure).toBe('patella_l');
    expect(useStore.getState().notices.at(-1)?.text).toMatch(/select/);
  });

  it('the embed API selects a bone by id and answers a wrong one with an error that changes nothing', () => {
    expect(handleMessage({ type: 'myomap:select', muscle: 'tibia_l', id: 1 }, () => 0)).toEqual([
      { type: 'myomap:select', muscle: 'tibia_l', name: 'Tibia (left)', source: 'api', id: 1 },
    ]);
    expect(useStore.getState()).toMatchObject({ structure: 'tibia_l', muscle: null });
    expect(useStore.getState().layers).toContain('bones');
    const before = useStore.getState();
    const [answer] = handleMessage({ type: 'myomap:select', muscle: 'tibia', id: 2 }, () => 0);
    expect(answer).toMatchObject({ type: 'myomap:error', id: 2 });
    expect((answer as { message: string }).message).toMatch(/"tibia" is not a muscle or structure id/);
    expect(useStore.getState()).toBe(before);
  });

  it('the hover label names a bone by its id (and a disc, which is no structure, as a disc)', () => {
    expect(labelFor('femur_r')).toBe('Femur (right)');
    expect(labelFor('fibula_l')).toBe('Fibula (left)');
    expect(labelFor('l4')).toBe('L4 vertebra');
    expect(labelFor('disc_l4_l5')).toBe('Intervertebral disc');
  });
});
