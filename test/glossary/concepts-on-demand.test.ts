import { expect } from 'chai';
import { ConceptsOnDemand } from '../../scripts/glossary/concepts-on-demand.js';
import { projectTermbase } from './helpers.js';

describe('glossary: concepts made on demand', () => {
  const glossary = projectTermbase();
  const ids = glossary.concepts.map((concept) => concept.id);
  const listKeeping = (keep: number) => {
    const made: number[] = [];
    const list = new ConceptsOnDemand(
      ids,
      (index) => {
        made.push(index);
        return structuredClone(glossary.concepts[index]!);
      },
      keep,
    );
    return { list, made };
  };

  it('keeps as many made concepts as it is told, and makes one dropped earlier again, equal to the first', () => {
    const { list, made } = listKeeping(2);
    const first = list.at(0);
    expect(list.at(1)).to.equal(list.at(1));
    expect(list.at(0)).to.equal(first);
    expect(made).to.deep.equal([0, 1]);
    // A third concept drops the one made longest ago: concept 0, though it was asked for last.
    list.at(2);
    expect(list.at(1)).to.equal(list.at(1));
    expect(made).to.deep.equal([0, 1, 2]);
    const again = list.at(0);
    expect(made).to.deep.equal([0, 1, 2, 0]);
    expect(again).to.not.equal(first);
    expect(again).to.deep.equal(first);
    expect(again).to.deep.equal(glossary.concepts[0]);
  });

  it('lists every concept in order however few it keeps', () => {
    expect(ids.length).to.be.greaterThan(3);
    const { list, made } = listKeeping(1);
    expect([...list]).to.deep.equal(glossary.concepts);
    expect(made).to.deep.equal(ids.map((_, index) => index));
    expect(JSON.stringify(list)).to.equal(JSON.stringify(glossary.concepts));
  });

  it('keeps every concept made while it is told to, then only as many as it keeps, the last made', () => {
    const { list, made } = listKeeping(2);
    const walks = list.keepingAll(() => [[...list], [...list]]);
    // Two walks over every concept made each once.
    expect(made).to.deep.equal(ids.map((_, index) => index));
    expect(walks[1]).to.deep.equal(glossary.concepts);
    walks[0]!.forEach((concept, index) => expect(walks[1]![index]).to.equal(concept));
    // Afterwards the two made last are still made, the others are made again.
    const last = ids.length - 1;
    list.at(last);
    list.at(last - 1);
    expect(made).to.have.length(ids.length);
    list.at(0);
    expect(made).to.have.length(ids.length + 1);
    // A walk nested in another keeps every concept until the outer one ends.
    list.keepingAll(() => {
      list.keepingAll(() => list.at(1));
      list.at(2);
      list.at(1);
    });
    expect(made).to.deep.equal([...ids.map((_, index) => index), 0, 1, 2]);
  });

  it('keeps 4,096 made concepts unless told otherwise', () => {
    const many = Array.from({ length: 5_000 }, (_, index) => `c${index}`);
    let makes = 0;
    const list = new ConceptsOnDemand(many, (index) => {
      makes++;
      return { id: many[index]!, terms: {} };
    });
    for (let index = 0; index < many.length; index++) list.at(index);
    // The last 4,096 are still made; the first 904 were dropped.
    list.at(many.length - 4_096);
    expect(makes).to.equal(5_000);
    list.at(many.length - 4_097);
    expect(makes).to.equal(5_001);
  });
});
