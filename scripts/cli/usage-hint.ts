import { closestMatch } from '../core/edit-distance.js';

/**
 * yargs' message for a mistyped command line, with the closest option or
 * choice added: "unknown option --formt; did you mean --format?".
 * `knownOptions` are the options of the command that was run.
 */
export function explainUsageError(message: string, knownOptions: readonly string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    return unknown[1]!
      .split(', ')
      .map((name) => {
        const option = name.length === 1 ? `-${name}` : `--${name}`;
        const near = closestMatch(name, knownOptions.filter((known) => known.length > 1));
        return `unknown option ${option}${near === undefined ? '' : `; did you mean --${near}?`}`;
      })
      .join('; ');
  }
  const choice = /Argument: (\S+), Given: "([^"]*)", Choices: (.+)$/m.exec(message);
  if (choice) {
    const choices = [...choice[3]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    const near = closestMatch(choice[2]!, choices);
    return `--${choice[1]} ${choice[2]} is not one of ${choices.join(', ')}${near === undefined ? '' : `; did you mean --${choice[1]} ${near}?`}`;
  }
  return message;
}
