/** `myomap muscles` and `myomap muscle <id>`. */
import { MUSCLE_FACTS } from '../anatomy/muscles/facts';
import { isMuscleId, MUSCLE_IDS, MUSCLES, muscle } from '../anatomy/muscles/catalog';
import { patternsOf } from '../anatomy/referral/refer';
import { choices, UsageError } from './usage';

export function musclesCommand(): string {
  return `${JSON.stringify(
    MUSCLES.map((m) => ({ id: m.id, name: m.displayName, side: m.side, groups: MUSCLE_FACTS[m.name].groups })),
    null,
    2,
  )}\n`;
}

export function muscleDetails(id: string) {
  if (!isMuscleId(id)) throw new UsageError(`unknown muscle "${id}"; valid ids: ${choices(MUSCLE_IDS, MUSCLE_IDS.length)}`);
  const m = muscle(id);
  const f = MUSCLE_FACTS[m.name];
  return {
    id: m.id,
    name: m.displayName,
    side: m.side,
    synonyms: f.synonyms,
    groups: f.groups,
    origin: f.origin,
    insertion: f.insertion,
    action: f.action,
    innervation: f.innervation,
    bloodSupply: f.bloodSupply,
    triggerPoints: f.triggerPoints.map((t) => ({ id: t.id, description: t.description, evidence: t.evidence, citations: t.citations })),
    symptoms: f.symptoms,
    aggravating: f.aggravating,
    selfCare: f.selfCare,
    ...(f.notes ? { notes: f.notes } : {}),
    referralZones: patternsOf(m.name).flatMap((p) =>
      p.zones.map((z) => ({
        pattern: p.id,
        patternLabel: p.label,
        type: z.type,
        evidence: z.evidence,
        laterality: z.laterality,
        description: z.description,
        citations: z.citations,
      })),
    ),
    architecture: m.architecture,
    fibres: m.fibres.map((x) => ({ name: x.name, share: x.share, source: x.source })),
    citations: f.citations,
  };
}

export function muscleCommand(args: readonly string[]): string {
  if (args.length !== 1) throw new UsageError(`muscle needs exactly one id, e.g. myomap muscle psoas_major_r; valid ids: ${choices(MUSCLE_IDS, MUSCLE_IDS.length)}`);
  return `${JSON.stringify(muscleDetails(args[0]!), null, 2)}\n`;
}
