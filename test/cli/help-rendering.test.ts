import { expect } from 'chai';
import yargs from 'yargs';
import { withoutHelpRendering } from '../../scripts/cli/help-rendering.js';

interface UsageInternals {
  hasCachedHelpMessage(): boolean;
}

function usageOf(cli: object): UsageInternals {
  return (cli as { getInternalMethods(): { getUsageInstance(): UsageInternals } }).getInternalMethods().getUsageInstance();
}

function sampleCli(argv: string[]) {
  let ran = 0;
  const cli = yargs(argv)
    .scriptName('glossa')
    .locale('en')
    .exitProcess(false)
    .command('extract', 'Write the source messages', (y) => y.option('jobs', { type: 'number', default: 2 }), () => {
      ran++;
    })
    .strict()
    .help();
  return { cli, ran: () => ran };
}

describe('cli: the help is rendered only when asked for', () => {
  it('yargs renders the running command\'s help on every run (what this saves), and no longer does once wrapped', async () => {
    const plain = sampleCli(['extract']);
    await plain.cli.parseAsync();
    expect(plain.ran()).to.equal(1);
    expect(usageOf(plain.cli).hasCachedHelpMessage()).to.equal(true);

    const wrapped = sampleCli(['extract']);
    await withoutHelpRendering(wrapped.cli).parseAsync();
    expect(wrapped.ran()).to.equal(1);
    expect(usageOf(wrapped.cli).hasCachedHelpMessage()).to.equal(false);
  });

  it('--help prints the same text as without it', async () => {
    const helpOf = async (wrap: boolean, argv: string[]) => {
      const { cli } = sampleCli(argv);
      let printed = '';
      await (wrap ? withoutHelpRendering(cli) : cli).parseAsync(argv, {}, (_error, _argv, output) => {
        printed = output;
      });
      return printed;
    };
    for (const [argv, shows] of [
      [['--help'], /glossa extract +Write the source messages/],
      [['extract', '--help'], /--jobs/],
    ] as const) {
      const expected = await helpOf(false, [...argv]);
      expect(expected).to.match(shows);
      expect(await helpOf(true, [...argv])).to.equal(expected);
    }
  });
});
