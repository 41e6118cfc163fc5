import { expect } from 'chai';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { ConfigError, ExitCode, InputError } from '../../scripts/core/errors.js';
import { GlossaError } from '../../scripts/core/errors.js';
import { LimitError } from '../../scripts/core/limits.js';
import { GlossaryError } from '../../scripts/glossary/glossary-error.js';
import { RateError } from '../../scripts/money/convert.js';
import { revive, toTransferable, type TransferredError } from '../../scripts/parallel/error-transfer.js';
import { XmlRejection } from '../../scripts/xliff/xml-events.js';

/** Sends an error the way a worker thread does: through a message port, which structured-clones it. */
function acrossThreads(error: unknown): Error {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(toTransferable(error));
  const received = receiveMessageOnPort(port2)!.message as TransferredError;
  port1.close();
  return revive(received);
}

describe('errors from worker threads', () => {
  it('keep a RateError with its pair, date, file and exit code', () => {
    const revived = acrossThreads(new RateError('no KZT/RUB rate on or before 2022-01-07', 'glossary/rates.yaml', 'KZT/RUB', '2022-01-07'));
    expect(revived).to.be.instanceOf(RateError).and.instanceOf(InputError);
    const rate = revived as RateError;
    expect([rate.pair, rate.date, rate.file, rate.exitCode, rate.name]).to.deep.equal(['KZT/RUB', '2022-01-07', 'glossary/rates.yaml', ExitCode.unusableInput, 'RateError']);
    expect(rate.format()).to.equal('glossary/rates.yaml: no KZT/RUB rate on or before 2022-01-07');
  });

  it('keep every problem of a GlossaryError, and its own format()', () => {
    const original = new GlossaryError([
      { message: 'duplicate concept id "almaty"', file: 'glossary/termbase.yaml', position: { line: 4, column: 5 } },
      { message: 'a term needs text', file: 'glossary/termbase.yaml', position: { line: 9, column: 7 } },
    ]);
    const revived = acrossThreads(original);
    expect(revived).to.be.instanceOf(GlossaryError);
    expect((revived as GlossaryError).format()).to.equal(
      'glossary/termbase.yaml:4:5: duplicate concept id "almaty"\nglossary/termbase.yaml:9:7: a term needs text',
    );
  });

  it('find a subclass whose name is inherited (XmlRejection is named InputError)', () => {
    const revived = acrossThreads(new XmlRejection('doctype', 'a DOCTYPE is not allowed', 'ru.xlf', { line: 2, column: 1 }));
    expect(revived).to.be.instanceOf(XmlRejection);
    expect((revived as XmlRejection).kind).to.equal('doctype');
    expect((revived as XmlRejection).format()).to.equal('ru.xlf:2:1: a DOCTYPE is not allowed');
  });

  it('keep a LimitError (an article over a limit, read in a worker) with its limit and exit code', () => {
    const revived = acrossThreads(new LimitError('articleLineLength', 'a line of 10,000,001 characters', 'source/long.md', { line: 1, column: 1 }));
    expect(revived).to.be.instanceOf(LimitError);
    expect((revived as LimitError).limit).to.equal('articleLineLength');
    expect((revived as LimitError).exitCode).to.equal(ExitCode.unusableInput);
  });

  it('revive a Glossa error of an unlisted class as a GlossaError with its exit code, not as an internal error', () => {
    class NewKindError extends GlossaError {
      override name = 'NewKindError';
    }
    const revived = acrossThreads(new NewKindError('something new went wrong', 'source/a.md', { line: 3, column: 2 }));
    expect(revived).to.be.instanceOf(GlossaError);
    expect((revived as GlossaError).exitCode).to.equal(ExitCode.unusableInput);
    expect((revived as GlossaError).format()).to.equal('source/a.md:3:2: something new went wrong');
  });

  it('keep a ConfigError apart from an InputError', () => {
    const revived = acrossThreads(new ConfigError('unknown locale "kz"', 'package.json'));
    expect(revived).to.be.instanceOf(ConfigError);
    expect(revived).not.to.be.instanceOf(InputError);
  });

  it('turn an unexpected error into a plain Error with its message and stack', () => {
    const original = new TypeError('cannot read properties of undefined');
    const revived = acrossThreads(original);
    expect(revived.constructor).to.equal(Error);
    expect(revived.message).to.equal('cannot read properties of undefined');
    expect(revived.stack).to.equal(original.stack);
  });
});
