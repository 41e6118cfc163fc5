import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * The entries of every finished pack in `folder`, by key, the newest pack's
 * entry for a key found in several: read by the format the README describes
 * (entries, a JSON index of keys, ends and CRC-32s, a trailer of 24 bytes:
 * `GLPACK01`, the index's offset and length, its CRC-32), not by the code
 * that writes it.
 */
export function packedEntries(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { withFileTypes: true }).filter((each) => each.isFile() && /^pack-.*\.pack$/.test(each.name)).map((each) => each.name).sort()) {
    const bytes = readFileSync(path.join(folder, name));
    const trailer = bytes.subarray(bytes.length - 24);
    if (trailer.subarray(0, 8).toString('latin1') !== 'GLPACK01') throw new Error(`${name}: no pack trailer`);
    const indexStart = Number(trailer.readBigUInt64LE(8));
    const index = JSON.parse(bytes.subarray(indexStart, indexStart + trailer.readUInt32LE(16)).toString('utf8')) as { keys: string[]; ends: number[] };
    let start = 0;
    index.keys.forEach((key, position) => {
      entries[key] = bytes.subarray(start, index.ends[position]).toString('utf8');
      start = index.ends[position]!;
    });
  }
  return entries;
}

/** Writes a pack of `entries` to `file` in that format, as another writer of it would. */
export function writePack(file: string, entries: Record<string, string>): void {
  const bodies = Object.values(entries).map((text) => Buffer.from(text, 'utf8'));
  const ends: number[] = [];
  let end = 0;
  for (const body of bodies) ends.push((end += body.length));
  const index = Buffer.from(JSON.stringify({ keys: Object.keys(entries), ends, crcs: bodies.map((body) => crc32(body)) }), 'utf8');
  const trailer = Buffer.alloc(24);
  trailer.write('GLPACK01', 0, 'latin1');
  trailer.writeBigUInt64LE(BigInt(end), 8);
  trailer.writeUInt32LE(index.length, 16);
  trailer.writeUInt32LE(crc32(index), 20);
  writeFileSync(file, Buffer.concat([...bodies, index, trailer]));
}
