import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../../scripts/core/errors.js';
import { readXliff, readXliffFile } from '../../scripts/xliff/read-xliff.js';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import { XmlEventStream } from '../../scripts/xliff/xml-events.js';
import { russianExport } from './helpers/article.js';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'security');

/** The InputError `read` throws, as "file:line:column: message". */
function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return (error as InputError).format();
  }
  throw new Error('expected an InputError');
}

async function asyncFailure(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return (error as InputError).format();
  }
  throw new Error('expected an InputError');
}

const v20 = (body: string, root = 'version="2.0" srcLang="en" trgLang="ru"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${root}>\n${body}\n</xliff>\n`;
const v12 = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="a.md" source-language="en" target-language="ru" datatype="plaintext">\n    <body>\n${body}\n    </body>\n  </file>\n</xliff>\n`;

describe('xliff reader: hostile and broken input', () => {
  describe('entities', () => {
    it('refuses a DOCTYPE with an external entity (/etc/passwd) at the DOCTYPE, reading nothing', () => {
      const text = readFileSync(path.join(fixtures, 'xxe-passwd.xlf'), 'utf8');
      const message = failure(() => readXliff(text, 'xxe-passwd.xlf'));
      expect(message).to.match(/^xxe-passwd\.xlf:2:1: DOCTYPE declarations are not allowed/);
      expect(message).not.to.match(/root:/);
    });

    it('refuses the billion laughs at its DOCTYPE (after a comment, indented) without growing the heap', () => {
      const text = readFileSync(path.join(fixtures, 'billion-laughs.xlf'), 'utf8');
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 100; i++) failure(() => readXliff(text, 'billion-laughs.xlf'));
      const grown = process.memoryUsage().heapUsed - before;
      // One expansion would need gigabytes; a hundred refusals stay far below 16 MB.
      expect(grown).to.be.lessThan(16 * 1024 * 1024);
      expect(failure(() => readXliff(text, 'billion-laughs.xlf'))).to.match(/^billion-laughs\.xlf:3:3: DOCTYPE declarations are not allowed/);
    });

    it('refuses both fixtures when streamed from disk, too', async () => {
      for (const name of ['xxe-passwd.xlf', 'billion-laughs.xlf']) {
        expect(await asyncFailure(() => readXliffFile(path.join(fixtures, name), name))).to.match(/DOCTYPE declarations are not allowed/);
      }
    });

    it('stops at the first chunk of a huge DTD instead of buffering it', () => {
      const stream = new XmlEventStream('huge-dtd.xlf', { open() {}, close() {}, text() {} });
      const declarations = '<!ENTITY e "0123456789012345678901234567890123456789">\n'.repeat(1200);
      let written = 0;
      expect(() => {
        stream.write('<?xml version="1.0"?>\n<!DOCTYPE xliff [\n');
        written++;
        for (let i = 0; i < 500; i++) {
          stream.write(declarations);
          written++;
        }
      }).to.throw(InputError, /DOCTYPE/);
      expect(written).to.equal(0);
    });

    it('streams a 32 MB file whose DTD fills it and refuses it without reading it into memory', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'glossa-xliff-'));
      try {
        const file = path.join(dir, 'huge.xlf');
        const line = '<!ENTITY e "0123456789012345678901234567890123456789">\n';
        writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n${line.repeat((32 * 1024 * 1024) / line.length)}]>\n<xliff/>\n`);
        const before = process.memoryUsage().heapUsed;
        expect(await asyncFailure(() => readXliffFile(file, 'huge.xlf'))).to.match(/^huge\.xlf:2:1: DOCTYPE/);
        expect(process.memoryUsage().heapUsed - before).to.be.lessThan(16 * 1024 * 1024);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses references to undeclared entities with their position', () => {
      const text = v20('  <file id="f">\n    <unit id="u"><segment><source>Almaty&nbsp;city</source></segment></unit>\n  </file>');
      expect(failure(() => readXliff(text, 'nbsp.xlf'))).to.match(/^nbsp\.xlf:4:47: reference to an undeclared entity/);
    });

    it('does not mistake a DOCTYPE inside a comment for one', () => {
      const text = v20('  <file id="f">\n    <unit id="u"><segment><source>ok</source></segment></unit>\n  </file>').replace('<xliff', '<!-- <!DOCTYPE x> -->\n<xliff');
      expect(readXliff(text, 'comment.xlf').files[0]!.units[0]!.id).to.equal('u');
    });
  });

  describe('broken documents', () => {
    it('reports malformed XML with line and column', () => {
      const text = v20('  <file id="f">\n    <unit id="u"><segment><source>Almaty</target></segment></unit>\n  </file>');
      expect(failure(() => readXliff(text, 'bad.xlf'))).to.match(/^bad\.xlf:4:\d+: malformed XML: unexpected close tag/);
    });

    it('reports a truncated file at its end instead of returning what was read', () => {
      const full = writeXliff(russianExport('2.0'));
      const cut = full.slice(0, Math.floor(full.length / 2));
      const lastLine = cut.split('\n').length;
      expect(failure(() => readXliff(cut, 'cut.xlf'))).to.match(new RegExp(`^cut\\.xlf:${lastLine}:\\d+: malformed XML: unclosed tag`));
    });

    it('refuses a root other than <xliff>', () => {
      const text = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';
      expect(failure(() => readXliff(text, 'page.xlf'))).to.equal('page.xlf:2:1: not an XLIFF document: the root element is <html>, expected <xliff>');
    });

    it('refuses unknown versions and namespaces at the root', () => {
      const cases: Array<[string, RegExp]> = [
        ['<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">', /unknown XLIFF version: version="1\.1" in namespace "urn:oasis:names:tc:xliff:document:1\.1"/],
        ['<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">', /unknown XLIFF version: version="3\.0"/],
        ['<xliff version="2.2" xmlns="urn:oasis:names:tc:xliff:document:2.2" srcLang="en">', /unknown XLIFF version: version="2\.2"/],
        ['<xliff version="1.2">', /unknown XLIFF version: version="1\.2" in namespace ""/],
      ];
      for (const [root, expected] of cases) {
        const message = failure(() => readXliff(`<?xml version="1.0"?>\n\n  ${root}<file/></xliff>`, 'v.xlf'));
        expect(message).to.match(/^v\.xlf:3:3: /);
        expect(message).to.match(expected);
      }
    });

    it('refuses a unit without source (1.2) and a segment without source (2.0) at their position', () => {
      const missing12 = v12('      <trans-unit id="u1">\n        <target>Алматы</target>\n      </trans-unit>');
      expect(failure(() => readXliff(missing12, 'a.xlf'))).to.equal('a.xlf:5:7: <trans-unit id="u1"> has no <source>');
      const missing20 = v20('  <file id="f">\n    <unit id="u1">\n      <segment state="translated"><target>Алматы</target></segment>\n    </unit>\n  </file>');
      expect(failure(() => readXliff(missing20, 'b.xlf'))).to.equal('b.xlf:5:7: <segment> has no <source>');
      const noSegment = v20('  <file id="f">\n    <unit id="u1"><notes><note>x</note></notes></unit>\n  </file>');
      expect(failure(() => readXliff(noSegment, 'c.xlf'))).to.equal('c.xlf:4:5: <unit id="u1"> has no <segment>');
    });

    it('refuses duplicate unit ids within a file, pointing at the second', () => {
      const text = v12('      <trans-unit id="same"><source>One</source></trans-unit>\n      <trans-unit id="same"><source>Two</source></trans-unit>');
      expect(failure(() => readXliff(text, 'dup.xlf'))).to.equal('dup.xlf:6:7: duplicate unit id "same" in this <file> (first at line 5)');
    });

    it('refuses encodings other than UTF-8', () => {
      const text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff/>';
      expect(failure(() => readXliff(text, 'latin1.xlf'))).to.match(/^latin1\.xlf:1:1: unsupported encoding "ISO-8859-1"/);
    });

    it('refuses an empty file', () => {
      expect(failure(() => readXliff('', 'empty.xlf'))).to.match(/^empty\.xlf:1:1: malformed XML: document must contain a root element/);
    });
  });
});
