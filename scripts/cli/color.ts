/** What --color / --no-color asked for; undefined when neither was given. */
let requested: boolean | undefined;

/** Records --color (true) or --no-color (false) for every later `useColor()`. */
export function setColorOption(value: boolean | undefined): void {
  requested = value;
}

/**
 * Whether to colour stdout: --color / --no-color decide; else FORCE_COLOR
 * ("0" or "false" turn colour off, any other value on); else NO_COLOR set to
 * anything turns it off (no-color.org); else only on a terminal.
 */
export function useColor(env: NodeJS.ProcessEnv = process.env, stream: { isTTY?: boolean } = process.stdout): boolean {
  if (requested !== undefined) return requested;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR']) return false;
  return stream.isTTY === true;
}
