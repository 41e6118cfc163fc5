import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../scripts/core/errors.js';
import { loadRates, parseRates } from '../../scripts/money/index.js';

const file = 'glossary/rates.yaml';

/** A valid row, with fields replaced or removed by `edit`; the row starts on line 2. */
function rowText(edit: Record<string, string | null> = {}): string {
  const fields: Record<string, string> = {
    base: 'KZT',
    quote: 'RUB',
    rate: '16.9000',
    unit: '100',
    from: '2021-12-31',
    to: '2022-01-10',
    source: '\n      name: Bank of Russia\n      url: https://www.cbr.ru/eng/currency_base/daily/',
  };
  for (const [key, value] of Object.entries(edit)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  const lines = Object.entries(fields).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`);
  return `rates:\n${lines.join('\n')}\n`;
}

function parseError(text: string): InputError {
  try {
    parseRates(text, file);
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseRates', () => {
  it('reads a valid row with its unit, period, source and line', () => {
    const table = parseRates(rowText(), file);
    expect(table.file).to.equal(file);
    expect(table.rows).to.deep.equal([
      {
        base: 'KZT',
        quote: 'RUB',
        rate: 16.9,
        unit: 100,
        validFrom: '2021-12-31',
        validTo: '2022-01-10',
        source: { name: 'Bank of Russia', url: 'https://www.cbr.ru/eng/currency_base/daily/' },
        line: 2,
      },
    ]);
  });

  it('leaves validTo out of a one-day row', () => {
    const [row] = parseRates(rowText({ to: null }), file).rows;
    expect(row).to.not.have.property('validTo');
  });

  it('reads the project rate table with the Bank of Russia and ECB rates of the sample', async () => {
    const table = await loadRates('glossary/rates.yaml');
    const find = (base: string, quote: string, from: string) =>
      table.rows.find((row) => row.base === base && row.quote === quote && row.validFrom === from);
    expect(find('USD', 'RUB', '2021-12-31')).to.include({ rate: 74.2926, unit: 1, validTo: '2022-01-10' });
    expect(find('EUR', 'RUB', '2021-12-31')).to.include({ rate: 84.0695, unit: 1, validTo: '2022-01-10' });
    expect(find('KZT', 'RUB', '2021-12-31')).to.include({ rate: 16.9, unit: 100, validTo: '2022-01-10' });
    expect(find('EUR', 'USD', '2022-01-05')?.rate).to.equal(1.1319);
    expect(find('EUR', 'USD', '2022-01-06')?.rate).to.equal(1.1315);
    expect(find('EUR', 'USD', '2022-01-07')?.rate).to.equal(1.1298);
    expect(find('EUR', 'RUB', '2022-01-05')?.rate).to.equal(85.7275);
    expect(find('EUR', 'RUB', '2022-01-06')?.rate).to.equal(86.5088);
    expect(find('EUR', 'RUB', '2022-01-07')?.rate).to.equal(85.298);
    for (const row of table.rows) {
      expect(row.source.url, `line ${row.line}`).to.match(/^https:\/\/www\.(cbr\.ru|ecb\.europa\.eu)\//);
    }
  });

  describe('bad rows, with file:line:column', () => {
    // Row fields are on lines 2 (base) … 8 (source); values start at column 11 ("    rate: ").
    const cases: [string, Record<string, string | null>, RegExp, number, number][] = [
      ['non-numeric rate', { rate: 'sixteen' }, /rate must be a number.*"sixteen"/, 4, 11],
      ['quoted rate', { rate: '"16.9"' }, /rate must be a number/, 4, 11],
      ['zero rate', { rate: '0' }, /rate must be greater than zero, got 0/, 4, 11],
      ['negative rate', { rate: '-16.9' }, /rate must be greater than zero, got a negative number \(-16\.9\)/, 4, 11],
      ['missing unit', { unit: null }, /rate row has no "unit"/, 2, 5],
      ['fractional unit', { unit: '2.5' }, /unit must be a whole number/, 5, 11],
      ['missing source', { source: null }, /rate row has no "source"/, 2, 5],
      ['source without url', { source: '\n      name: Bank of Russia' }, /source\.url must be an http\(s\) address/, 9, 7],
      ['unknown currency', { quote: 'XYZ' }, /unknown currency code "XYZ" in quote/, 3, 12],
      ['lower-case currency', { base: 'kzt' }, /base must be an ISO 4217 currency code/, 2, 11],
      ['impossible date', { from: '2021-02-30' }, /from must be a real date written YYYY-MM-DD, got "2021-02-30"/, 6, 11],
      ['date in another form', { to: '10.01.2022' }, /to must be a real date/, 7, 9],
      ['period ending before it starts', { to: '2021-12-01' }, /"to" \(2021-12-01\) is before "from" \(2021-12-31\)/, 7, 9],
      ['same base and quote', { quote: 'KZT' }, /base and quote are both KZT/, 3, 12],
      ['unknown key', { note: 'x' }, /unknown key "note"/, 11, 5],
    ];
    for (const [name, edit, message, line, column] of cases) {
      it(name, () => {
        const error = parseError(rowText(edit));
        expect(error.message).to.match(message);
        expect(error.file).to.equal(file);
        expect(error.position, error.format()).to.deep.equal({ line, column });
        expect(error.format()).to.match(new RegExp(`^glossary/rates\\.yaml:${line}:${column}: `));
      });
    }

    it('YAML syntax errors', () => {
      const error = parseError('rates:\n  - base: [KZT\n');
      expect(error.message).to.match(/YAML syntax error/);
      expect(error.position?.line).to.be.a('number');
      expect(error.format()).to.match(/^glossary\/rates\.yaml:\d+:\d+: /);
    });

    it('overlapping rows of one pair and source', () => {
      const text = rowText() + rowText({ from: '2022-01-05', to: '2022-01-20' }).replace('rates:\n', '');
      const error = parseError(text);
      expect(error.message).to.match(/KZT\/RUB from Bank of Russia overlaps the row on line 2/);
      expect(error.position).to.deep.equal({ line: 11, column: 5 });
    });

    it('a top level that is not a mapping of rates', () => {
      expect(parseError('- 1\n').message).to.match(/"rates" list/);
      expect(parseError('rate:\n  - 1\n').format()).to.match(/^glossary\/rates\.yaml:1:1: unknown top-level key "rate"/);
    });
  });

  it('loadRates names a file it cannot read', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'glossa-rates-'));
    try {
      const missing = join(directory, 'missing.yaml');
      const error = await loadRates(missing).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(InputError);
      expect((error as InputError).file).to.equal(missing);

      const bad = join(directory, 'bad.yaml');
      await writeFile(bad, rowText({ rate: 'abc' }));
      const parsed = await loadRates(bad).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect((parsed as InputError).format()).to.equal(`${bad}:4:11: rate must be a number written with a decimal point, got "abc"`);
    } finally {
      await rm(directory, { recursive: true });
    }
  });
});
