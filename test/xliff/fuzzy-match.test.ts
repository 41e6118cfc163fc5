import { expect } from 'chai';
import { bestCandidates, tokenize, type MemoryEntry } from '../../scripts/xliff/fuzzy-match.js';
import { russian, segments } from './helpers/article.js';

const query = segments.gas.message;

const earlierLiter: MemoryEntry = {
  source: 'City dwellers became disgruntled at the rising cost of liquefied gas, which went from {m1} to {m2} per liter.',
  target: russian.gas,
};
const shorter: MemoryEntry = {
  source: 'City dwellers became angry at the rising cost of gas, which went from {m1} to {m2}.',
  target: 'Горожане были возмущены ростом цен на газ, который подорожал с {m1} до {m2}.',
};
const identical: MemoryEntry = { source: query, target: russian.gas };
const unrelated: MemoryEntry = { source: 'Tokayev resigned as prime minister January 5 to head the Security Council.', target: 'Токаев ушёл в отставку.' };

describe('xliff/bestCandidates', () => {
  it('tokenizes into words, punctuation and whole placeholders', () => {
    expect(tokenize(query)).to.deep.equal([
      'City', 'dwellers', 'became', 'disgruntled', 'at', 'the', 'rising', 'cost', 'of', 'liquefied', 'gas', ',',
      'which', 'went', 'from', '{m1}', 'to', '{m2}', 'per', 'litre', '.',
    ]);
  });

  it('scores by word edit distance relative to the longer sentence, best first', () => {
    // 21 tokens; "liter" for "litre" is 1 edit (95%); the shorter sentence needs 4 edits (80%).
    expect(bestCandidates(query, [unrelated, shorter, earlierLiter, identical])).to.deep.equal([
      { source: identical.source, target: identical.target, quality: 100 },
      { source: earlierLiter.source, target: earlierLiter.target, quality: 95 },
      { source: shorter.source, target: shorter.target, quality: 80 },
    ]);
  });

  it('honours minQuality and max', () => {
    const memory = [unrelated, shorter, earlierLiter, identical];
    expect(bestCandidates(query, memory, { minQuality: 90 }).map((c) => c.quality)).to.deep.equal([100, 95]);
    expect(bestCandidates(query, memory, { max: 1 }).map((c) => c.quality)).to.deep.equal([100]);
    expect(bestCandidates(query, memory, { minQuality: 81 }).map((c) => c.quality)).to.deep.equal([100, 95]);
    expect(bestCandidates(query, [unrelated])).to.deep.equal([]);
  });

  it('treats a different placeholder as one changed word and works on Cyrillic', () => {
    expect(bestCandidates('Горожане были недовольны ростом цен', [{ source: 'Горожане были недовольны ростом тарифов', target: 't' }])[0]!.quality).to.equal(80);
    const swapped = { source: query.replace('{m2}', '{m3}'), target: 't' };
    expect(bestCandidates(query, [swapped])[0]!.quality).to.equal(95);
  });

  it('returns each source/target pair once', () => {
    expect(bestCandidates(query, [earlierLiter, earlierLiter, identical, identical])).to.have.length(2);
  });

  it('finds the right entries among thousands', () => {
    const words = ['protest', 'riot', 'price', 'gas', 'city', 'bank', 'court', 'army', 'police', 'minister', 'Almaty', 'Kazakhstan'];
    const memory: MemoryEntry[] = Array.from({ length: 5000 }, (_, i) => ({
      source: Array.from({ length: 8 + (i % 17) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + '.',
      target: `перевод ${i}`,
    }));
    memory.splice(4321, 0, earlierLiter);
    memory.splice(17, 0, shorter);
    expect(bestCandidates(query, memory).map((c) => c.quality)).to.deep.equal([95, 80]);
    // A second call uses the cached tokenization and gives the same answer.
    expect(bestCandidates(query, memory)).to.deep.equal(bestCandidates(query, memory));
  });
});
