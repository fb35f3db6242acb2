import type { Briefing } from './schema.ts';
import { loadBriefings } from './load.ts';

/** One consistent set of loaded briefings: replaced whole, never edited in place. */
interface Loaded {
  readonly all: readonly Briefing[];
  readonly byId: ReadonlyMap<string, Briefing>;
}

function loaded(briefings: readonly Briefing[]): Loaded {
  if (briefings.length === 0) throw new Error('no briefings loaded');
  const all = Object.freeze([...briefings].sort((a, b) => b.eventDate.localeCompare(a.eventDate) || b.asOf.localeCompare(a.asOf)));
  return { all, byId: new Map(all.map((b) => [b.id, b])) };
}

/**
 * All loaded briefings, newest event first; the newest is the default. A reload swaps the whole set in one
 * assignment ({@link replace}): a command reads the briefing it works on once, so it sees one edition
 * from start to end, and the next command sees the new one.
 */
export class BriefingRegistry {
  private current: Loaded;

  constructor(briefings: Briefing[]) {
    this.current = loaded(briefings);
  }

  static fromDir(dir?: string): BriefingRegistry {
    return new BriefingRegistry(loadBriefings(dir));
  }

  get all(): readonly Briefing[] {
    return this.current.all;
  }

  get default(): Briefing {
    return this.current.all[0]!;
  }

  /** The briefing with this id, or the default when no id is given; undefined for an unknown id. */
  get(id?: string | null): Briefing | undefined {
    if (id === undefined || id === null || id === '') return this.default;
    return this.current.byId.get(id);
  }

  /** The briefing a stored reference (a subscription's) points at, or the default once that one is no longer loaded. */
  orDefault(id?: string | null): Briefing {
    return this.get(id) ?? this.default;
  }

  /** Swaps in a new set of briefings at once (a reload). */
  replace(briefings: readonly Briefing[]): void {
    this.current = loaded(briefings);
  }
}
