import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleProject, snapshot } from './helpers.js';

describe('cli: hostile project settings and articles', function () {
  this.timeout(120_000);

  it('"sources": "/etc/passwd" stops with exit 2 naming the key (was: exit 3, a fast-glob TypeError)', () => {
    const project = sampleProject();
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { glossa: Record<string, unknown> };
    manifest.glossa['sources'] = '/etc/passwd';
    writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest));
    const result = glossa(project, ['extract']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/package\.json: glossa\.sources is "\/etc\/passwd", which is outside the project root/);
    expect(result.stderr).not.to.match(/TypeError|at .*\.(ts|js):\d+/);
  });

  it('a NUL byte in an article is refused at its line and column; nothing reaches locales/en', () => {
    const project = sampleProject({ withTranslations: true });
    const file = path.join(project, 'source/ablyazov-kazakhstan-protests.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Kazakh banker', 'Kazakh\u0000 banker'));
    const before = snapshot(path.join(project, 'locales'));
    const result = glossa(project, ['extract']);
    expect(result.code).to.equal(2);
    const line = text.slice(0, text.indexOf('Kazakh banker')).split('\n').length;
    expect(result.stderr).to.match(new RegExp(`source/ablyazov-kazakhstan-protests\\.md:${line}:\\d+: control character U\\+0000 in the article`));
    expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);
  });
});
