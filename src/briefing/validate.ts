import type { z } from 'zod';
import { BriefingSchema, type Briefing } from './schema.ts';
import { presentationIssues } from './validate-presentation.ts';

export interface BriefingIssue {
  /** Path inside the file, e.g. `stickingPoints[2].positions[0].actor`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function zodIssues(error: z.ZodError): BriefingIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function normalizeAlias(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—·.'’"]+/g, ' ')
    .trim();
}

/** Checks what zod cannot see: references between parts, unique ids, the presentation block. */
export function crossCheck(b: Briefing): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const actorIds = new Set(b.actors.map((a) => a.id));
  const topicIds = new Set([...b.sections, ...b.stickingPoints].map((t) => t.id));
  const sectionIds = new Set(b.source.outline.map((s) => s.id));

  const unique = (kind: string, entries: Array<[string, string]>) => {
    const seen = new Map<string, string>();
    for (const [path, id] of entries) {
      const first = seen.get(id);
      if (first !== undefined) add(path, `duplicate ${kind} id "${id}" (first used at ${first})`);
      else seen.set(id, path);
    }
  };
  const actor = (path: string, id: string | undefined) => {
    if (id !== undefined && !actorIds.has(id)) add(path, `unknown actor "${id}"`);
  };
  const topic = (path: string, id: string) => {
    if (!topicIds.has(id)) add(path, `unknown topic "${id}"`);
  };
  const cite = (path: string, id: string) => {
    if (!sectionIds.has(id)) add(path, `unknown source section "${id}" (not in source.outline)`);
  };

  unique(
    'source section',
    b.source.outline.map((s, i) => [`source.outline[${i}].id`, s.id]),
  );
  unique(
    'actor',
    b.actors.map((a, i) => [`actors[${i}].id`, a.id]),
  );
  unique(
    'plan',
    b.plans.map((p, i) => [`plans[${i}].id`, p.id]),
  );
  unique('topic', [
    ...b.sections.map((s, i): [string, string] => [`sections[${i}].id`, s.id]),
    ...b.stickingPoints.map((s, i): [string, string] => [`stickingPoints[${i}].id`, s.id]),
  ]);

  presentationIssues(b, add);

  // Every citable item shares one id space, so Q&A answers and digests can point at any of them.
  const items: Array<[string, string]> = [];
  const fact = (path: string, f: { id: string; by?: string | undefined; cite: string; alsoUnder?: string[] }) => {
    items.push([`${path}.id`, f.id]);
    actor(`${path}.by`, f.by);
    cite(`${path}.cite`, f.cite);
    (f.alsoUnder ?? []).forEach((t, k) => topic(`${path}.alsoUnder[${k}]`, t));
  };

  b.actors.forEach((a, i) => {
    actor(`actors[${i}].affiliation`, a.affiliation);
    actor(`actors[${i}].delegation`, a.delegation);
    actor(`actors[${i}].heads`, a.heads);
    cite(`actors[${i}].cite`, a.cite);
  });
  const topicLike = (kind: 'sections' | 'stickingPoints') =>
    b[kind].forEach((t, i) => {
      t.facts.forEach((f, j) => fact(`${kind}[${i}].facts[${j}]`, f));
      t.related.forEach((r, j) => topic(`${kind}[${i}].related[${j}]`, r));
    });
  topicLike('sections');
  topicLike('stickingPoints');
  b.stickingPoints.forEach((s, i) =>
    s.positions.forEach((p, j) => {
      const path = `stickingPoints[${i}].positions[${j}]`;
      items.push([`${path}.id`, p.id]);
      actor(`${path}.actor`, p.actor);
      cite(`${path}.cite`, p.cite);
      p.alsoUnder.forEach((t, k) => topic(`${path}.alsoUnder[${k}]`, t));
    }),
  );
  b.plans.forEach((p, i) => {
    p.draftedBy.forEach((a, j) => actor(`plans[${i}].draftedBy[${j}]`, a));
    actor(`plans[${i}].publishedBy`, p.publishedBy);
    if (p.published === undefined && p.dateNote === undefined) {
      add(`plans[${i}].dateNote`, 'a plan without a publication date must say why (dateNote)');
    }
    p.facts.forEach((f, j) => fact(`plans[${i}].facts[${j}]`, f));
    p.provisions.forEach((v, j) => {
      const path = `plans[${i}].provisions[${j}]`;
      items.push([`${path}.id`, v.id]);
      topic(`${path}.topic`, v.topic);
      v.alsoUnder.forEach((t, k) => topic(`${path}.alsoUnder[${k}]`, t));
      cite(`${path}.cite`, v.cite);
    });
  });
  b.risks.forEach((r, i) => {
    items.push([`risks[${i}].id`, r.id]);
    cite(`risks[${i}].cite`, r.cite);
    r.topics.forEach((t, j) => topic(`risks[${i}].topics[${j}]`, t));
  });
  unique(
    'risk rank',
    b.risks.map((r, i) => [`risks[${i}].rank`, String(r.rank)]),
  );
  b.positiveSignals.forEach((f, i) => fact(`positiveSignals[${i}]`, f));
  b.timeline.forEach((e, i) => {
    fact(`timeline[${i}]`, e);
    if (e.nature === 'claim' && e.by === undefined) add(`timeline[${i}].by`, 'a claim must name who makes it ("by")');
    e.topics.forEach((t, j) => topic(`timeline[${i}].topics[${j}]`, t));
  });
  const planIds = new Set(b.plans.map((p) => p.id));
  b.figures.forEach((f, i) => {
    fact(`figures[${i}]`, f);
    if (f.plan !== undefined && !planIds.has(f.plan)) add(`figures[${i}].plan`, `unknown plan "${f.plan}"`);
    f.topics.forEach((t, j) => topic(`figures[${i}].topics[${j}]`, t));
  });
  unique('item', items);

  const named = new Set([...actorIds, ...topicIds, ...b.plans.map((p) => p.id)]);
  unique(
    'glossary',
    b.glossary.map((g, i) => [`glossary[${i}].id`, g.id]),
  );
  b.glossary.forEach((g, i) => {
    if (g.means !== undefined && !named.has(g.means)) add(`glossary[${i}].means`, `unknown actor, topic or plan "${g.means}"`);
  });

  // An alias may point at one topic only, or resolution would be ambiguous.
  const aliasOwner = new Map<string, string>();
  [...b.sections.map((t, i) => ['sections', i, t] as const), ...b.stickingPoints.map((t, i) => ['stickingPoints', i, t] as const)].forEach(
    ([kind, i, t]) => {
      [t.id, t.title.en, t.title.zh, ...t.aliases].forEach((alias, j) => {
        const key = normalizeAlias(alias);
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== t.id) {
          add(`${kind}[${i}].aliases[${Math.max(0, j - 3)}]`, `alias "${alias}" already names topic "${owner}"`);
        } else aliasOwner.set(key, t.id);
      });
    },
  );

  const figureIds = new Set(b.figures.map((f) => f.id));
  unique(
    'comparison',
    b.charts.comparisons.map((c, i) => [`charts.comparisons[${i}].id`, c.id]),
  );
  b.charts.comparisons.forEach((c, i) =>
    c.figures.forEach((id, j) => {
      if (!figureIds.has(id)) add(`charts.comparisons[${i}].figures[${j}]`, `unknown figure "${id}"`);
    }),
  );
  const labelled = new Set([
    ...b.timeline.map((e) => e.id),
    ...b.stickingPoints.flatMap((s) => s.positions.map((p) => p.id)),
    ...figureIds,
  ]);
  for (const id of Object.keys(b.charts.labels)) {
    if (!labelled.has(id)) add(`charts.labels.${id}`, `unknown timeline event, position or figure "${id}"`);
  }

  if (b.asOf < b.eventDate) add('asOf', `"as of" date ${b.asOf} is before the event date ${b.eventDate}`);
  return issues;
}

export type ValidationResult = { ok: true; briefing: Briefing } | { ok: false; issues: BriefingIssue[] };

export function validateBriefing(data: unknown): ValidationResult {
  const parsed = BriefingSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = crossCheck(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, briefing: parsed.data };
}
