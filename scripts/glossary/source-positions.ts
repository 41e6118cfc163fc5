import type { Position } from '../core/position.js';

/**
 * Where the objects of a parsed glossary came from in their file, so that
 * checks run after parsing can still name line and column. A field is a
 * property name or an array index; an unknown field falls back to the
 * position of the object itself.
 */
export class SourcePositions {
  private readonly positions = new WeakMap<object, Map<string | number, Position>>();

  set(subject: object, position: Position | undefined, field: string | number = ''): void {
    if (!position) return;
    let fields = this.positions.get(subject);
    if (!fields) {
      fields = new Map();
      this.positions.set(subject, fields);
    }
    fields.set(field, position);
  }

  get(subject: object, field: string | number = ''): Position | undefined {
    const fields = this.positions.get(subject);
    return fields?.get(field) ?? fields?.get('');
  }
}
