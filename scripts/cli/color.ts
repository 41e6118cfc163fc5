/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env['NO_COLOR'];
}
