import path from 'node:path';
import type { GlossaConfig } from '../config.js';

// Where each command writes below the output folder by default, relative to the project root: the
// commands write there, and a record of a run watches there (cli/main.ts), so both read it here.

/** `build`'s folder for `locale`'s copies (see build-outputs.ts for the files). */
export function localeOutputFolder(config: GlossaConfig, locale: string): string {
  return path.posix.join(config.output, locale);
}

/** `build`'s list of the articles and their copies. */
export function indexPage(config: GlossaConfig): string {
  return path.posix.join(config.output, 'index.html');
}

/** `xliff export`'s folder, one subfolder per locale. */
export function xliffFolder(config: GlossaConfig): string {
  return path.posix.join(config.output, 'xliff');
}

/** `report`'s page. */
export function reportPage(config: GlossaConfig): string {
  return path.posix.join(config.output, 'report', 'index.html');
}

/** `tm export`'s memory. */
export function memoryFile(config: GlossaConfig): string {
  return path.posix.join(config.output, 'tm', 'memory.tmx');
}
