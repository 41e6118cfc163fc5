import { expect } from 'chai';
import { validateConfig } from '../../scripts/config.js';
import { ConfigError } from '../../scripts/core/errors.js';

function problem(settings: Record<string, unknown>): string {
  try {
    validateConfig({ targetLocales: ['de'], ...settings }, '/project', '/project/glossa.json');
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as ConfigError).format();
  }
  throw new Error('expected a ConfigError');
}

describe('config: paths stay inside the project root', () => {
  for (const [key, value] of [
    ['sources', '/etc/passwd'],
    ['sources', '../outside/**/*.md'],
    ['sources', ['source/**/*.md', 'source/../../x/*.md']],
    ['sources', '{source,..}/*.md'],
    ['locales', '../locales'],
    ['output', '/tmp/dist'],
    ['glossary', '..\\termbase.yaml'],
    ['rates', 'C:\\rates.yaml'],
    ['segmentation', '~/rules.srx'],
  ] as const) {
    it(`refuses ${key}: ${JSON.stringify(value)}, naming the key`, () => {
      expect(problem({ [key]: value })).to.match(new RegExp(`^/project/glossa\\.json: ${key} is ".*", which is outside the project root; .*"allowOutsideRoot": true`));
    });
  }

  it('accepts paths below the root, including names that merely contain dots', () => {
    const config = validateConfig({ targetLocales: ['de'], sources: ['source/**/*.md', 'a..b/*.md'], output: './dist', locales: 'l10n/..x' }, '/project', '/project/glossa.json');
    expect(config.sources).to.deep.equal(['source/**/*.md', 'a..b/*.md']);
  });

  it('allows outside paths with "allowOutsideRoot": true, and only a boolean there', () => {
    expect(validateConfig({ targetLocales: ['de'], output: '/tmp/dist', allowOutsideRoot: true }, '/project', '/project/glossa.json').output).to.equal('/tmp/dist');
    expect(problem({ allowOutsideRoot: 'yes' })).to.match(/allowOutsideRoot must be true or false/);
  });
});
