import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { expect } from 'chai';
import fc from 'fast-check';
import { escapeMessageText, messageToParts, partsToMessage, placeholdersOf, type MessagePart } from '../../scripts/core/message.js';

describe('core/message', () => {
  it('leaves ordinary apostrophes readable', () => {
    expect(escapeMessageText("the Prosecutor's Office")).to.equal("the Prosecutor's Office");
  });

  it('quotes braces so they are not read as placeholders', () => {
    expect(messageToParts(partsToMessage([{ type: 'text', value: 'a {b} c' }]))).to.deep.equal([{ type: 'text', value: 'a {b} c' }]);
  });

  it('keeps an apostrophe right before a placeholder', () => {
    const parts: MessagePart[] = [
      { type: 'text', value: "the banker'" },
      { type: 'placeholder', name: 'm1' },
    ];
    expect(messageToParts(partsToMessage(parts))).to.deep.equal(parts);
  });

  it('lists placeholders in order, duplicates kept', () => {
    expect(placeholdersOf('from {m1} to {m2}, then {m1}')).to.deep.equal(['m1', 'm2', 'm1']);
  });

  it('lists the placeholders the parts hold, quoted braces and apostrophes included', () => {
    const messages = ["it's {m1}", "'{not}' {m2}", '{n1}{n2}', "a '' b {d1}", "l'{m1}'", "''{m1}''", 'no placeholder', "'{'{m3}'}'", 'O\'Neil {p_1} {p_1}'];
    for (const message of messages) {
      const names = messageToParts(message).flatMap((part) => (part.type === 'placeholder' ? [part.name] : []));
      expect(placeholdersOf(message), message).to.deep.equal(names);
    }
    expect(placeholdersOf("'{not}' {m2}")).to.deep.equal(['m2']);
    expect(() => placeholdersOf('went from {m1 to')).to.throw(/ICU syntax error/);
  });

  it('rejects plural and select arguments with the offset of the problem', () => {
    expect(() => messageToParts('x {n, plural, one {a} other {b}}')).to.throw(/only text and simple/);
    try {
      messageToParts('went from {m1 to');
      expect.fail('no error');
    } catch (error) {
      expect((error as { offset: number }).offset).to.be.greaterThan(9);
    }
  });

  it('round-trips any text and placeholders through ICU quoting', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '{', '}', '<', '>', '#', '|', 'a', ' ', 'ж') });
    const parts = fc.array(fc.oneof(text.map((value): MessagePart => ({ type: 'text', value })), fc.constantFrom('m1', 'n1', 'd1').map((name): MessagePart => ({ type: 'placeholder', name }))));
    fc.assert(
      fc.property(parts, (raw) => {
        const merged: MessagePart[] = [];
        for (const part of raw) {
          const last = merged.at(-1);
          if (part.type === 'text' && part.value === '') continue;
          if (part.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + part.value };
          else merged.push(part);
        }
        expect(messageToParts(partsToMessage(merged))).to.deep.equal(merged);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('core/message fast path', () => {
  it('reads plain messages exactly as the ICU parser does', () => {
    const unit = fc.constantFrom("'", '{', '}', '<', '>', '#', '|', 'a', ' ', 'ж', '{m1}', '{n2}', "'{", "''");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((units) => units.join('')), (message) => {
        let viaParser: unknown;
        try {
          viaParser = parse(message, { ignoreTag: true })
            .map((element) => (element.type === TYPE.literal ? { type: 'text', value: element.value } : element.type === TYPE.argument ? { type: 'placeholder', name: element.value } : { other: true }))
            .reduce<unknown[]>((merged, part) => {
              const last = merged.at(-1) as { type?: string; value?: string } | undefined;
              const current = part as { type?: string; value?: string };
              if (last?.type === 'text' && current.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value! + current.value! };
              else merged.push(part);
              return merged;
            }, []);
        } catch {
          viaParser = 'error';
        }
        let viaMessageToParts: unknown;
        try {
          viaMessageToParts = messageToParts(message);
        } catch {
          viaMessageToParts = 'error';
        }
        if (JSON.stringify(viaParser).includes('"other"')) viaParser = 'error';
        expect(viaMessageToParts, JSON.stringify(message)).to.deep.equal(viaParser);
      }),
      { numRuns: 3000 },
    );
  });
});
