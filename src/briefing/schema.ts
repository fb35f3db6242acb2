import { z } from 'zod';

/** Ids are lowercase kebab-case so they can double as slash-command values and URL parts. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, "-")');

const nonBlank = (lang: string) =>
  z
    .string({ error: `missing ${lang} text` })
    .trim()
    .min(1, `empty ${lang} text`);

/** Every user-visible text exists in English and Simplified Chinese. */
export const LocalizedTextSchema = z.strictObject({
  en: nonBlank('English'),
  zh: nonBlank('Chinese'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** A citation names one section of the source outline, e.g. "III(2)". */
export const CitationSchema = z.string().regex(/^(?:intro|[IVX]+(?:\(\d+\))?)$/, 'not a section reference like "III(2)"');

/** Calendar dates: full day, or month/year when the source gives no day. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'not a date like 2025-12-28, 2025-12 or 2025')
  .refine(
    (s) => s.length < 10 || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'not a real calendar date',
  );

export const DateSchema = PartialDateSchema.refine((s) => s.length === 10, 'needs a full date like 2025-12-28');

/**
 * What kind of statement a fact is:
 * - reported: the source states it as something that happened or is the case;
 * - claim: a named party said, demanded or proposed it (`by` names the party);
 * - analysis: the source's own judgement, or analysts it quotes.
 */
export const NatureSchema = z.enum(['reported', 'claim', 'analysis']);
export type Nature = z.infer<typeof NatureSchema>;

export const FactSchema = z
  .strictObject({
    id: IdSchema,
    text: LocalizedTextSchema,
    nature: NatureSchema,
    by: IdSchema.optional(),
    cite: CitationSchema,
    /** Other topics this statement also belongs to (it is listed under each of them). */
    alsoUnder: z.array(IdSchema).default([]),
    /** Extra search words for Q&A (names, numbers, synonyms); never shown. */
    keywords: z.array(z.string().min(1)).optional(),
  })
  .refine((f) => f.nature !== 'claim' || f.by !== undefined, {
    message: 'a claim must name who makes it ("by")',
    path: ['by'],
  });
export type Fact = z.infer<typeof FactSchema>;

/** One party's stance on a sticking point: always a claim by that party. */
export const PositionSchema = z.strictObject({
  id: IdSchema,
  actor: IdSchema,
  stance: LocalizedTextSchema,
  nature: NatureSchema.default('claim'),
  cite: CitationSchema,
  /** Other topics this position also belongs to. */
  alsoUnder: z.array(IdSchema).default([]),
  keywords: z.array(z.string().min(1)).optional(),
});
export type Position = z.infer<typeof PositionSchema>;

/** Which way a topic is moving, as the analysts judge it (CrisisWatch-style): shown beside the topic. */
export const TrendDirectionSchema = z.enum(['escalating', 'easing', 'unchanged']);
export type TrendDirection = z.infer<typeof TrendDirectionSchema>;

export const TrendSchema = z.strictObject({
  direction: TrendDirectionSchema,
  /** One line: why the analysts see it moving that way. */
  reason: z.strictObject({
    en: nonBlank('English')
      .max(200, 'a trend reason has at most 200 characters')
      .regex(/^[^\r\n]+$/, 'a trend reason is one line'),
    zh: nonBlank('Chinese')
      .max(100, 'a trend reason has at most 100 characters')
      .regex(/^[^\r\n]+$/, 'a trend reason is one line'),
  }),
});
export type Trend = z.infer<typeof TrendSchema>;

const topicBase = {
  id: IdSchema,
  title: LocalizedTextSchema,
  /** Other names users type: English, Chinese, abbreviations, source spellings. */
  aliases: z.array(z.string().min(1)).default([]),
  headline: LocalizedTextSchema,
  facts: z.array(FactSchema).default([]),
  related: z.array(IdSchema).default([]),
  /** Optional, set by the analysts: escalating, easing or unchanged, with a one-line reason. */
  trend: TrendSchema.optional(),
};

export const SectionSchema = z.strictObject({ ...topicBase });
export type Section = z.infer<typeof SectionSchema>;

export const StickingPointSchema = z.strictObject({
  ...topicBase,
  positions: z.array(PositionSchema).default([]),
});
export type StickingPoint = z.infer<typeof StickingPointSchema>;

export const ActorKindSchema = z.enum(['person', 'state', 'bloc', 'organisation', 'media']);

export const ActorSchema = z.strictObject({
  id: IdSchema,
  kind: ActorKindSchema,
  name: LocalizedTextSchema,
  /** Search aliases: short names, other languages, common transliterations. */
  aliases: z.array(z.string().min(1)).default([]),
  /** How the source itself spells the name where it differs from the standard spelling. */
  sourceSpellings: z.array(z.string().min(1)).default([]),
  role: LocalizedTextSchema,
  /** The state, bloc or organisation the actor belongs to or speaks for. */
  affiliation: IdSchema.optional(),
  /** The state, bloc or organisation this person leads: "Kyiv's president", "基辅一把手" then read as them. */
  heads: IdSchema.optional(),
  /** Set when the actor came to the event in a delegation (the delegation's id); `presentation.labels.delegation` heads the group. */
  delegation: IdSchema.optional(),
  profile: LocalizedTextSchema,
  cite: CitationSchema,
});
export type Actor = z.infer<typeof ActorSchema>;

export const ProvisionSchema = z.strictObject({
  id: IdSchema,
  topic: IdSchema,
  /** Other topics this provision also belongs to (e.g. a contact-line clause under territory too). */
  alsoUnder: z.array(IdSchema).default([]),
  text: LocalizedTextSchema,
  cite: CitationSchema,
  keywords: z.array(z.string().min(1)).optional(),
});
export type Provision = z.infer<typeof ProvisionSchema>;

export const PlanSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  aliases: z.array(z.string().min(1)).default([]),
  points: z.number().int().positive(),
  draftedBy: z.array(IdSchema).min(1),
  publishedBy: IdSchema.optional(),
  /** Publication date, when the source gives one. */
  published: PartialDateSchema.optional(),
  /** Shown when the source gives no date. */
  dateNote: LocalizedTextSchema.optional(),
  summary: LocalizedTextSchema,
  facts: z.array(FactSchema).default([]),
  provisions: z.array(ProvisionSchema).min(1),
});
export type Plan = z.infer<typeof PlanSchema>;

export const RiskSchema = z.strictObject({
  id: IdSchema,
  rank: z.number().int().positive(),
  title: LocalizedTextSchema,
  drivers: z.array(LocalizedTextSchema).min(1),
  watch: z.array(LocalizedTextSchema).min(1),
  nature: NatureSchema.default('analysis'),
  cite: CitationSchema,
  topics: z.array(IdSchema).default([]),
  keywords: z.array(z.string().min(1)).optional(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const TimelineEventSchema = z.strictObject({
  id: IdSchema,
  date: PartialDateSchema,
  /** Set for events the source describes as planned rather than done. */
  planned: z.boolean().default(false),
  text: LocalizedTextSchema,
  nature: NatureSchema.default('reported'),
  by: IdSchema.optional(),
  cite: CitationSchema,
  topics: z.array(IdSchema).default([]),
  keywords: z.array(z.string().min(1)).optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const FigureSchema = z
  .strictObject({
    id: IdSchema,
    /** null when the source withholds the number; `missing` then says so. */
    value: z.number().nullable(),
    unit: LocalizedTextSchema,
    display: LocalizedTextSchema,
    measures: LocalizedTextSchema,
    /** The number exactly as the source writes it (e.g. "60万"); checked against the cited section. */
    evidence: z.string().min(1).optional(),
    missing: LocalizedTextSchema.optional(),
    nature: NatureSchema,
    by: IdSchema.optional(),
    /** The plan that proposes this number: shown as its source, as the plan's provisions are. */
    plan: IdSchema.optional(),
    cite: CitationSchema,
    topics: z.array(IdSchema).default([]),
    keywords: z.array(z.string().min(1)).optional(),
  })
  .refine((f) => f.by === undefined || f.plan === undefined, {
    message: 'a figure comes from a party ("by") or a plan ("plan"), not both',
    path: ['plan'],
  })
  .refine((f) => f.nature !== 'claim' || f.by !== undefined || f.plan !== undefined, {
    message: 'a claimed figure must name who claims it ("by") or its plan ("plan")',
    path: ['by'],
  })
  .refine((f) => (f.value === null) === (f.missing !== undefined), {
    message: 'a figure without a value must say what is missing ("missing"), and only then',
    path: ['missing'],
  })
  .refine((f) => f.value === null || f.evidence !== undefined, {
    message: 'a figure with a value must quote its evidence from the source',
    path: ['evidence'],
  });
export type Figure = z.infer<typeof FigureSchema>;

/** Figures that belong side by side in a picture (army caps, money needed against money available). */
export const ChartComparisonSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** Figure ids, in the order they are drawn; a figure the source withholds is shown as "not given". */
  figures: z.array(IdSchema).min(2),
  /** What the figures count, shown under the title. */
  unit: LocalizedTextSchema,
});
export type ChartComparison = z.infer<typeof ChartComparisonSchema>;

/** A short form must fit a chart row or a cell of the positions matrix. */
const ShortTextSchema = z.strictObject({
  en: nonBlank('English').max(48, 'a chart label has at most 48 characters'),
  zh: nonBlank('Chinese').max(24, 'a chart label has at most 24 characters'),
});

/** What pictures need beyond the text: which figures compare, and short forms of long statements. */
export const ChartsSchema = z.strictObject({
  comparisons: z.array(ChartComparisonSchema).default([]),
  /** Short forms keyed by the id of a timeline event, a position or a figure; without one a chart shortens the text itself. */
  labels: z.record(IdSchema, ShortTextSchema).default({}),
});
export type Charts = z.infer<typeof ChartsSchema>;

export const SourceSectionSchema = z.strictObject({
  id: CitationSchema,
  title: LocalizedTextSchema,
  /** The heading exactly as it opens the section in the source text (absent for the untitled intro). */
  heading: z.string().min(1).optional(),
});

export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  date: DateSchema,
  file: z.string().min(1),
  language: LocalizedTextSchema,
  caveat: LocalizedTextSchema,
  outline: z.array(SourceSectionSchema).min(1),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The story's own vocabulary for Q&A: words users type that mean the same thing here
 * ("the Florida estate" = Mar-a-Lago). With `means`, the forms name that actor, topic or plan;
 * without it they form a group of their own. Generic language knowledge stays in the engine.
 */
export const GlossaryEntrySchema = z.strictObject({
  id: IdSchema,
  means: IdSchema.optional(),
  /** The group names a place, person or organisation even though some forms are common words ("the estate"); read from capitals when absent. */
  name: z.boolean().optional(),
  /** The kind of place the group names, for questions that ask for one ("which city…", "哪座城市"). */
  place: z.enum(['city', 'region', 'site']).optional(),
  forms: z.array(z.string().min(1)).min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/**
 * How the bot presents this story: which topic lists each whole collection, the orders readers meet topics
 * in, and the story's own labels and examples. Code requires no topic id; everything story-specific is here.
 */
export const PresentationSchema = z.strictObject({
  /**
   * The topic whose `/brief` view lists a whole collection (every actor, plan, risk, event, positive signal or
   * figure). An item of that collection with no topic of its own belongs there.
   */
  homes: z
    .strictObject({
      actors: IdSchema.optional(),
      plans: IdSchema.optional(),
      risks: IdSchema.optional(),
      timeline: IdSchema.optional(),
      positiveSignals: IdSchema.optional(),
      figures: IdSchema.optional(),
    })
    .default({}),
  /** Topics in menus and suggestions; those not named follow, sticking points first, in file order. */
  topicOrder: z.array(IdSchema).default([]),
  /** Rows of `/plan compare`; topics not named follow in the order the plans first raise them. */
  compareOrder: z.array(IdSchema).default([]),
  /** Topics a `rotate` digest walks through, one per run; empty: every topic in topic order. */
  digestRotation: z.array(IdSchema).default([]),
  labels: z
    .strictObject({
      /** Heading over the actors who came as a delegation (`actors[].delegation`), e.g. "Delegation on 28 Dec". */
      delegation: LocalizedTextSchema.optional(),
      /** The line under the title of `/plan compare`. */
      compareHeadline: LocalizedTextSchema.optional(),
    })
    .default({}),
  /** What `/help`, the console and `/ask` offer as examples. */
  examples: z.strictObject({
    topic: IdSchema,
    actor: IdSchema,
    question: LocalizedTextSchema,
  }),
});
export type Presentation = z.infer<typeof PresentationSchema>;
export type CollectionName = keyof Presentation['homes'];

export const BriefingSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  eventDate: DateSchema,
  asOf: DateSchema,
  presentation: PresentationSchema,
  source: SourceSchema,
  actors: z.array(ActorSchema).min(1),
  sections: z.array(SectionSchema),
  stickingPoints: z.array(StickingPointSchema),
  plans: z.array(PlanSchema),
  risks: z.array(RiskSchema),
  positiveSignals: z.array(FactSchema),
  timeline: z.array(TimelineEventSchema),
  figures: z.array(FigureSchema),
  glossary: z.array(GlossaryEntrySchema).default([]),
  charts: ChartsSchema.default({ comparisons: [], labels: {} }),
});
export type Briefing = z.infer<typeof BriefingSchema>;
