import type { Concept, ConceptList } from './model.js';

/** How many made concepts a list keeps by default: a few MB, more than the articles of a day name. */
const conceptsKept = 4_096;

/**
 * Concepts known by id, each made by `make` when it is asked for. A check of
 * a few hundred articles meets a few hundred concepts of a 20,000-concept
 * termbase; parsing all of them took longer than the matching. The list
 * keeps at most `keep` made concepts, dropping the one made longest ago
 * first: an archive of thousands of articles meets most concepts of a large
 * termbase, and keeping each it met made memory grow with the archive. A
 * concept asked for again after it was dropped is made again, equal but not
 * the same object.
 */
export class ConceptsOnDemand implements ConceptList {
  private readonly made = new Map<number, Concept>();
  private keepingEvery = false;

  constructor(
    private readonly ids: readonly string[],
    private readonly make: (index: number) => Concept,
    private readonly keep = conceptsKept,
  ) {}

  /**
   * Runs `work` keeping every concept made meanwhile, then drops all but the
   * `keep` made last: compiling the matchers of several languages walks
   * every concept once per language, and making each again for each
   * language cost as much as the compiling.
   */
  keepingAll<T>(work: () => T): T {
    if (this.keepingEvery) return work();
    this.keepingEvery = true;
    try {
      return work();
    } finally {
      this.keepingEvery = false;
      for (const index of this.made.keys()) {
        if (this.made.size <= this.keep) break;
        this.made.delete(index);
      }
    }
  }

  get length(): number {
    return this.ids.length;
  }

  /** The id of concept `index`, without making the concept. */
  idAt(index: number): string | undefined {
    return this.ids[index];
  }

  /** As `Array.prototype.at`: a fraction is cut off, a negative index counts from the end. */
  at(index: number): Concept | undefined {
    const whole = Math.trunc(index) || 0;
    const position = whole < 0 ? whole + this.ids.length : whole;
    if (position < 0 || position >= this.ids.length) return undefined;
    let concept = this.made.get(position);
    if (concept === undefined) {
      concept = this.make(position);
      if (this.made.size >= this.keep && !this.keepingEvery) this.made.delete(this.made.keys().next().value!);
      this.made.set(position, concept);
    }
    return concept;
  }

  *[Symbol.iterator](): Iterator<Concept> {
    for (let index = 0; index < this.ids.length; index++) yield this.at(index)!;
  }

  /** Written out as the array it stands for. */
  toJSON(): Concept[] {
    return [...this];
  }
}
