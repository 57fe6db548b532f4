/** `myomap muscles` and `myomap muscle <id>`. */
import { MUSCLE_FACTS } from '../anatomy/muscles/facts';
import { isMuscleId, MUSCLES, muscle } from '../anatomy/muscles/catalog';
import { patternsOf } from '../anatomy/referral/refer';
import { unknownMuscle } from './suggest';
import { parseArgs, UsageError } from './usage';

export function musclesCommand(args: readonly string[] = []): string {
  parseArgs(args, { command: 'muscles', positionals: [] });
  return `${JSON.stringify(
    MUSCLES.map((m) => ({ id: m.id, name: m.displayName, side: m.side, groups: MUSCLE_FACTS[m.name].groups })),
    null,
    2,
  )}\n`;
}

export function muscleDetails(id: string) {
  if (!isMuscleId(id)) throw unknownMuscle(id);
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
  const [id] = parseArgs(args, { command: 'muscle', positionals: ['<id>'] }).positionals;
  if (id === undefined) throw new UsageError('muscle needs an id, e.g. myomap muscle psoas_major_r (`myomap muscles` lists them)');
  return `${JSON.stringify(muscleDetails(id), null, 2)}\n`;
}
