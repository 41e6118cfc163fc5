import type { Concept, ConceptList } from './model.js';

/**
 * Concepts known by id, each made by `make` when it is first asked for and
 * kept. A check of a few hundred articles meets a few hundred concepts of a
 * 20,000-concept termbase; parsing all of them took longer than the matching.
 */
export class ConceptsOnDemand implements ConceptList {
  private readonly made: (Concept | undefined)[];

  constructor(
    private readonly ids: readonly string[],
    private readonly make: (index: number) => Concept,
  ) {
    this.made = new Array<Concept | undefined>(ids.length);
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
    return (this.made[position] ??= this.make(position));
  }

  *[Symbol.iterator](): Iterator<Concept> {
    for (let index = 0; index < this.ids.length; index++) yield this.at(index)!;
  }

  /** Written out as the array it stands for. */
  toJSON(): Concept[] {
    return [...this];
  }
}
