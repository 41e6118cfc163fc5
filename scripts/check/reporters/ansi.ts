/** SGR codes that switch a style on and the code that switches only that style off. */
const styles = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof styles;

/** Wraps text in ANSI codes for the styles when `enabled`; returns it unchanged otherwise. */
export function paint(text: string, enabled: boolean, ...names: readonly Style[]): string {
  if (!enabled || text === '' || names.length === 0) return text;
  let open = '';
  let close = '';
  for (const name of names) {
    const [on, off] = styles[name];
    open += `\u001b[${on}m`;
    close = `\u001b[${off}m${close}`;
  }
  return open + text + close;
}

// C0 and C1 controls and DEL, except tab and line feed which the stylish layout handles.
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/**
 * Makes text safe to print to a terminal: control characters, ESC above all, would
 * let a message move the cursor or change colours, so they are shown as `\u001b`.
 */
export function visibleControls(text: string): string {
  return text.replace(controlCharacters, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
