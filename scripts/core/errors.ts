import type { Position } from './position.js';

/** Exit codes of the `glossa` command. */
export const ExitCode = {
  ok: 0,
  checkFailed: 1,
  unusableInput: 2,
  internal: 3,
} as const;

/** Base of every error Glossa raises on purpose; the CLI maps it to a message and an exit code. */
export class GlossaError extends Error {
  override name = 'GlossaError';
  readonly exitCode: number = ExitCode.unusableInput;

  constructor(
    message: string,
    readonly file?: string,
    readonly position?: Position,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** "file:line:column: message", the form editors and terminals link to. */
  format(): string {
    const where = this.file
      ? this.position
        ? `${this.file}:${this.position.line}:${this.position.column}: `
        : `${this.file}: `
      : '';
    return `${where}${this.message}`;
  }
}

/** A file cannot be read or parsed, or its content breaks the format's rules. */
export class InputError extends GlossaError {
  override name = 'InputError';
}

/** The project configuration or a command-line option is unusable. */
export class ConfigError extends GlossaError {
  override name = 'ConfigError';
}
