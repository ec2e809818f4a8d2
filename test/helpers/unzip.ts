import { inflateRawSync } from 'node:zlib';

/**
 * Reads a ZIP archive with Node's zlib (no app code): walks the central directory, checks each local header, and
 * returns every entry's bytes (stored or deflated). Enough for the archives the exports write.
 */
export function unzip(zip: Uint8Array): Map<string, Uint8Array> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive (no end of central directory)');
  const count = buf.readUInt16LE(end + 10);
  let o = buf.readUInt32LE(end + 16);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(o) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buf.readUInt16LE(o + 10);
    const size = buf.readUInt32LE(o + 20);
    const nameLen = buf.readUInt16LE(o + 28);
    const name = buf.subarray(o + 46, o + 46 + nameLen).toString('utf8');
    const local = buf.readUInt32LE(o + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    out.set(name, method === 8 ? new Uint8Array(inflateRawSync(body)) : new Uint8Array(body));
    o += 46 + nameLen + buf.readUInt16LE(o + 30) + buf.readUInt16LE(o + 32);
  }
  return out;
}
