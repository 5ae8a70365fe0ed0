/**
 * A zip without its folder entries ("chunks/", "_locales/de/"…). WXT's zipper writes one for
 * every folder, 27 in Chrome's package: 2.7 KB that no browser or store reads, since a file's
 * entry carries its whole path. Every file's entry is copied as it is, with its new offset.
 * Reads a zip as WXT writes it (no zip64, no archive comment) and refuses anything else.
 */
export function withoutFolderEntries(zip: Buffer): Buffer {
  const end = zip.length - 22;
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error('zip: no end of central directory where WXT writes it');
  const count = zip.readUInt16LE(end + 10);
  const directoryStart = zip.readUInt32LE(end + 16);
  const entries: { central: Buffer; local: number; name: string }[] = [];
  for (let i = 0, at = directoryStart; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: unreadable central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const size = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    entries.push({ central: zip.subarray(at, at + size), local: zip.readUInt32LE(at + 42), name: zip.toString('utf8', at + 46, at + 46 + nameLength) });
    at += size;
  }
  // An entry's local part (header, data, descriptor if any) runs to the next one's, or to the directory.
  const starts = [...entries.map((e) => e.local), directoryStart].sort((a, b) => a - b);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries.filter((e) => !e.name.endsWith('/'))) {
    const local = zip.subarray(entry.local, starts[starts.indexOf(entry.local) + 1]);
    const central = Buffer.from(entry.central);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt16LE(centrals.length, 8);
  tail.writeUInt16LE(centrals.length, 10);
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}
