import { ConfigError, GlossaError, InputError } from '../core/errors.js';
import { LimitError } from '../core/limits.js';
import { MessageSyntaxError } from '../core/message.js';
import { ExtensionDataError } from '../glossary/tbx-extension.js';
import { RegexTranslationError } from '../segment/icu-regex.js';
import { GlossaryError } from '../glossary/glossary-error.js';
import { RateError } from '../money/convert.js';
import { BuildError } from '../render/localize.js';
import { XmlRejection } from '../xliff/xml-events.js';

/** An error as it crosses from a worker thread: its class by name and its own fields as plain data. */
export interface TransferredError {
  /** The constructor's name, which finds the class again (`name` may be inherited: an XmlRejection is named InputError). */
  readonly className: string;
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** Own enumerable fields: file, position, and a subclass's own (pair and date of a RateError, problems of a GlossaryError). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * Every error class a task may throw on purpose. Structured cloning keeps only
 * `Error`, so the class is looked up here by name on the way back.
 */
const knownClasses: ReadonlyArray<abstract new (...args: never[]) => Error> = [
  GlossaError,
  InputError,
  ConfigError,
  GlossaryError,
  RateError,
  BuildError,
  XmlRejection,
  LimitError,
  MessageSyntaxError,
  RegexTranslationError,
  ExtensionDataError,
];

export function toTransferable(error: unknown): TransferredError {
  const failure = error instanceof Error ? error : new Error(String(error));
  let fields: Record<string, unknown> = {};
  try {
    fields = structuredClone({ ...failure });
  } catch {
    // A field that cannot cross threads (a function, a socket): the class, message and stack still do.
  }
  return { className: failure.constructor.name, name: failure.name, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}), fields };
}

/** The same error on this side: an instance of its class (so `instanceof` and the exit code hold), with its fields. */
export function revive(transferred: TransferredError): Error {
  // A Glossa error of a class not listed here still keeps its exit code and format() as a GlossaError, never becoming an internal error.
  const Class = knownClasses.find((candidate) => candidate.name === transferred.className) ?? ('exitCode' in transferred.fields ? GlossaError : Error);
  const revived = Object.create(Class.prototype) as Error;
  Object.assign(revived, transferred.fields);
  Object.defineProperties(revived, {
    message: { value: transferred.message, writable: true, configurable: true },
    stack: { value: transferred.stack ?? `${transferred.name}: ${transferred.message}`, writable: true, configurable: true },
  });
  return revived;
}
