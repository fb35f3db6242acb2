import type { Briefing } from './schema.ts';
import { loadBriefings } from './load.ts';

/** All loaded briefings, newest event first; the newest is the default. */
export class BriefingRegistry {
  readonly all: readonly Briefing[];

  constructor(briefings: Briefing[]) {
    if (briefings.length === 0) throw new Error('no briefings loaded');
    this.all = [...briefings].sort((a, b) => b.eventDate.localeCompare(a.eventDate) || b.asOf.localeCompare(a.asOf));
  }

  static fromDir(dir?: string): BriefingRegistry {
    return new BriefingRegistry(loadBriefings(dir));
  }

  get default(): Briefing {
    return this.all[0]!;
  }

  /** The briefing with this id, or the default when no id is given; undefined for an unknown id. */
  get(id?: string | null): Briefing | undefined {
    if (id === undefined || id === null || id === '') return this.default;
    return this.all.find((b) => b.id === id);
  }

  /** The briefing a stored reference (a subscription's) points at, or the default once that one is no longer loaded. */
  orDefault(id?: string | null): Briefing {
    return this.get(id) ?? this.default;
  }
}
