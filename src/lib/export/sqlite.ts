/**
 * Writes a complete SQLite 3 database file in one go (https://www.sqlite.org/fileformat2.html), enough for a
 * GeoPackage: rowid tables of any size (B-tree leaf and interior pages, overflow pages for long rows) and the small
 * automatic indexes that PRIMARY KEY and UNIQUE constraints on non-integer columns require (one leaf page each).
 * No journal, no free pages, UTF-8 text, 4096-byte pages. The caller gives each table's CREATE statement and rows in
 * column order; an INTEGER PRIMARY KEY column's value is the rowid and is stored as NULL, as SQLite does. Pure: bytes
 * out, nothing read. Checked in tests by the `sqlite3` shell (`PRAGMA integrity_check`) and by GDAL.
 */

export type SqlValue = null | number | string | Uint8Array;

export interface SqlRow {
  rowid: number;
  /** One value per column, in the order of the CREATE statement. */
  values: SqlValue[];
}

/** An index SQLite creates by itself for a PRIMARY KEY or UNIQUE constraint (named `sqlite_autoindex_<table>_<n>`). */
export interface AutoIndex {
  /** Positions (0-based) of the key columns in the table. */
  columns: number[];
}

export interface SqlTable {
  name: string;
  /** The CREATE TABLE statement, stored verbatim in the schema table. */
  sql: string;
  rows: SqlRow[];
  /**
   * The automatic indexes, in the order SQLite numbers them: column constraints in column order, then table
   * constraints in order. They must match the statement exactly, or SQLite reports the schema as corrupt.
   */
  autoIndexes?: AutoIndex[];
}

export interface SqliteOptions {
  /** `PRAGMA application_id` (GeoPackage: 0x47504B47, "GPKG"). */
  applicationId?: number;
  /** `PRAGMA user_version` (GeoPackage 1.3: 10300). */
  userVersion?: number;
}

export const PAGE_SIZE = 4096;
const U = PAGE_SIZE; // usable size: no reserved bytes
/** The SQLite version number recorded in the header as the last writer (3.40.1, as in Debian 12). */
const WRITER_VERSION = 3_040_001;

const enc = new TextEncoder();

/** Returns `v` as a SQLite varint (1–9 bytes, big-endian, 7 bits per byte; the 9th byte holds 8). */
export function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  if (v > 0x00ff_ffff_ffff_ffffn) {
    const out = new Array<number>(9);
    out[8] = Number(v & 0xffn);
    v >>= 8n;
    for (let i = 7; i >= 0; i--) {
      out[i] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    return out;
  }
  const out: number[] = [];
  do {
    out.unshift(Number(v & 0x7fn));
    v >>= 7n;
  } while (v > 0n);
  for (let i = 0; i < out.length - 1; i++) out[i] |= 0x80;
  return out;
}

/** Returns the serial type and body bytes of one value (file format 4: 0 and 1 need no body). */
function serial(v: SqlValue): { type: number; body: Uint8Array } {
  if (v == null) return { type: 0, body: new Uint8Array(0) };
  if (typeof v === 'string') {
    const b = enc.encode(v);
    return { type: 13 + 2 * b.length, body: b };
  }
  if (v instanceof Uint8Array) return { type: 12 + 2 * v.length, body: v };
  if (Number.isInteger(v) && Number.isSafeInteger(v)) {
    if (v === 0) return { type: 8, body: new Uint8Array(0) };
    if (v === 1) return { type: 9, body: new Uint8Array(0) };
    const sizes: [number, number][] = [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 6],
      [6, 8],
    ];
    for (const [type, n] of sizes) {
      const lim = 2 ** (8 * n - 1);
      if (v >= -lim && v < lim) {
        const body = new Uint8Array(n);
        let x = BigInt.asUintN(8 * n, BigInt(v));
        for (let i = n - 1; i >= 0; i--) {
          body[i] = Number(x & 0xffn);
          x >>= 8n;
        }
        return { type, body };
      }
    }
  }
  const body = new Uint8Array(8);
  new DataView(body.buffer).setFloat64(0, v, false);
  return { type: 7, body };
}

/** Returns the record (header of serial types, then the bodies) of a row. */
export function record(values: readonly SqlValue[]): Uint8Array {
  const cols = values.map(serial);
  const types = cols.flatMap((c) => varint(c.type));
  let headerSize = types.length + 1;
  if (varint(headerSize).length > 1) headerSize = types.length + varint(types.length + 2).length;
  const header = [...varint(headerSize), ...types];
  const out = new Uint8Array(header.length + cols.reduce((n, c) => n + c.body.length, 0));
  out.set(header, 0);
  let o = header.length;
  for (const c of cols) {
    out.set(c.body, o);
    o += c.body.length;
  }
  return out;
}

/** Byte-wise comparison of two values in SQLite's order: NULL < numbers < text (BINARY collation) < blobs. */
function compareValues(a: SqlValue, b: SqlValue): number {
  const rank = (v: SqlValue) => (v == null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 1) return (a as number) - (b as number);
  const x = typeof a === 'string' ? enc.encode(a) : (a as Uint8Array);
  const y = typeof b === 'string' ? enc.encode(b) : (b as Uint8Array);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** The pages of the file being built; page numbers start at 1, page 1 holds the file header. */
class Pager {
  readonly pages: Uint8Array[] = [];
  alloc(): number {
    this.pages.push(new Uint8Array(U));
    return this.pages.length;
  }
  page(n: number): Uint8Array {
    return this.pages[n - 1];
  }
}

/** Splits a payload into the part kept in the cell and overflow pages; returns the cell's payload bytes. */
function spill(pager: Pager, payload: Uint8Array, maxLocal: number): Uint8Array {
  const P = payload.length;
  if (P <= maxLocal) return payload;
  const M = Math.floor(((U - 12) * 32) / 255) - 23;
  const K = M + ((P - M) % (U - 4));
  const local = K <= maxLocal ? K : M;
  // Overflow chain: each page starts with the next page's number (0 on the last) and holds U − 4 bytes.
  const rest = payload.subarray(local);
  const chunks = Math.ceil(rest.length / (U - 4));
  const first = pager.pages.length + 1;
  for (let i = 0; i < chunks; i++) {
    const n = pager.alloc();
    const page = pager.page(n);
    new DataView(page.buffer).setUint32(0, i < chunks - 1 ? n + 1 : 0);
    page.set(rest.subarray(i * (U - 4), (i + 1) * (U - 4)), 4);
  }
  const out = new Uint8Array(local + 4);
  out.set(payload.subarray(0, local), 0);
  new DataView(out.buffer).setUint32(local, first);
  return out;
}

const TABLE_LEAF = 0x0d;
const TABLE_INTERIOR = 0x05;
const INDEX_LEAF = 0x0a;

/** Writes a B-tree page: header at `hdrOff` (100 on page 1), cell pointers in order, cells packed from the end. */
function writePage(page: Uint8Array, hdrOff: number, type: number, cells: readonly Uint8Array[], rightChild?: number): void {
  const dv = new DataView(page.buffer);
  const interior = rightChild != null;
  let top = U;
  const ptrBase = hdrOff + (interior ? 12 : 8);
  cells.forEach((cell, i) => {
    top -= cell.length;
    page.set(cell, top);
    dv.setUint16(ptrBase + 2 * i, top);
  });
  if (ptrBase + 2 * cells.length > top) throw new Error('sqlite: page overflow');
  page[hdrOff] = type;
  dv.setUint16(hdrOff + 1, 0); // no freeblocks
  dv.setUint16(hdrOff + 3, cells.length);
  dv.setUint16(hdrOff + 5, top);
  page[hdrOff + 7] = 0; // no fragmented bytes
  if (interior) dv.setUint32(hdrOff + 8, rightChild);
}

/** Groups cells into pages greedily: each page holds what fits in `room` bytes (cell + 2-byte pointer each). */
function pack<T extends { size: number }>(items: readonly T[], room: number): T[][] {
  const groups: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    if (cur.length && used + it.size + 2 > room) {
      groups.push(cur);
      cur = [];
      used = 0;
    }
    if (it.size + 2 > room) throw new Error('sqlite: cell larger than a page');
    cur.push(it);
    used += it.size + 2;
  }
  if (cur.length || !groups.length) groups.push(cur);
  return groups;
}

/**
 * Builds a table B-tree of `rows` (any order; sorted by rowid here) and returns its root page. When `root` is given
 * (page 1 for the schema table), the tree's root is written there and every node is sized for page 1's smaller room,
 * so that whichever node ends up on top fits.
 */
function buildTable(pager: Pager, rows: readonly SqlRow[], root?: number): number {
  const hdrOff = root === 1 ? 100 : 0;
  const maxLocal = U - 35;
  const leafRoom = U - hdrOff - 8;
  const interiorRoom = U - hdrOff - 12;
  const sorted = [...rows].sort((a, b) => a.rowid - b.rowid);
  const cells = sorted.map((r) => {
    const payload = record(r.values);
    const local = spill(pager, payload, maxLocal);
    const head = [...varint(payload.length), ...varint(r.rowid)];
    // SQLite counts every cell as at least 4 bytes: pad, so that its free-space accounting matches.
    const cell = new Uint8Array(Math.max(4, head.length + local.length));
    cell.set(head, 0);
    cell.set(local, head.length);
    return { size: cell.length, cell, key: r.rowid };
  });
  const leaves = pack(cells, leafRoom);
  if (leaves.length === 1) {
    const n = root ?? pager.alloc();
    writePage(pager.page(n), hdrOff, TABLE_LEAF, leaves[0].map((c) => c.cell));
    return n;
  }
  // Children of the next level up: each node's page and its largest rowid.
  let level = leaves.map((leaf) => {
    const n = pager.alloc();
    writePage(pager.page(n), 0, TABLE_LEAF, leaf.map((c) => c.cell));
    return { page: n, key: leaf[leaf.length - 1].key };
  });
  for (;;) {
    // An interior node over children a..b holds cells (child page, largest rowid) for a..b−1 and points right to b.
    const cellOf = (ch: { page: number; key: number }) => {
      const cell = new Uint8Array([0, 0, 0, 0, ...varint(ch.key)]);
      new DataView(cell.buffer).setUint32(0, ch.page);
      return cell;
    };
    const groups: (typeof level)[] = [];
    let cur: typeof level = [];
    let used = 0;
    for (const ch of level) {
      // Taking `ch` as the new right child turns the previous right child into a cell.
      const grow = cur.length ? cellOf(cur[cur.length - 1]).length + 2 : 0;
      if (cur.length && used + grow > interiorRoom) {
        groups.push(cur);
        cur = [ch];
        used = 0;
      } else {
        cur.push(ch);
        used += grow;
      }
    }
    groups.push(cur);
    // A node needs at least one cell: lend the last node a child from its (full) neighbour.
    if (groups.length > 1 && cur.length === 1) {
      const prev = groups[groups.length - 2];
      if (prev.length < 3) throw new Error('sqlite: cannot balance the tree');
      cur.unshift(prev.pop()!);
    }
    const isTop = groups.length === 1;
    const next = groups.map((g) => {
      const n = isTop && root ? root : pager.alloc();
      const last = g[g.length - 1];
      writePage(pager.page(n), n === 1 ? 100 : 0, TABLE_INTERIOR, g.slice(0, -1).map(cellOf), last.page);
      return { page: n, key: last.key };
    });
    if (isTop) return next[0].page;
    level = next;
  }
}

/** Builds an index B-tree that fits one leaf page (the small automatic indexes of GeoPackage's own tables). */
function buildIndex(pager: Pager, keys: readonly SqlValue[][]): number {
  const maxLocal = Math.floor(((U - 12) * 64) / 255) - 23;
  const sorted = [...keys].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = compareValues(a[i], b[i]);
      if (d) return d;
    }
    return a.length - b.length;
  });
  const cells = sorted.map((k) => {
    const payload = record(k);
    const local = spill(pager, payload, maxLocal);
    const head = varint(payload.length);
    const cell = new Uint8Array(Math.max(4, head.length + local.length));
    cell.set(head, 0);
    cell.set(local, head.length);
    return { size: cell.length, cell };
  });
  const pages = pack(cells, U - 8);
  if (pages.length > 1) throw new Error('sqlite: automatic index larger than one page');
  const n = pager.alloc();
  writePage(pager.page(n), 0, INDEX_LEAF, pages[0].map((c) => c.cell));
  return n;
}

/** Returns the bytes of a SQLite database holding `tables` (in this order in the schema). */
export function sqliteDatabase(tables: readonly SqlTable[], opts: SqliteOptions = {}): Uint8Array {
  const pager = new Pager();
  pager.alloc(); // page 1: file header and the schema table's root
  const schema: SqlRow[] = [];
  for (const t of tables) {
    const root = buildTable(pager, t.rows);
    schema.push({ rowid: schema.length + 1, values: ['table', t.name, t.name, root, t.sql] });
    (t.autoIndexes ?? []).forEach((ix, i) => {
      const keys = t.rows.map((r) => [...ix.columns.map((c) => r.values[c]), r.rowid]);
      const iroot = buildIndex(pager, keys);
      schema.push({ rowid: schema.length + 1, values: ['index', `sqlite_autoindex_${t.name}_${i + 1}`, t.name, iroot, null] });
    });
  }
  buildTable(pager, schema, 1);

  const page1 = pager.page(1);
  const dv = new DataView(page1.buffer);
  page1.set(enc.encode('SQLite format 3\0'), 0);
  dv.setUint16(16, PAGE_SIZE);
  page1[18] = 1; // write version: legacy (rollback journal)
  page1[19] = 1; // read version
  page1[20] = 0; // reserved bytes per page
  page1[21] = 64; // max embedded payload fraction (fixed)
  page1[22] = 32; // min embedded payload fraction (fixed)
  page1[23] = 32; // leaf payload fraction (fixed)
  dv.setUint32(24, 1); // file change counter
  dv.setUint32(28, pager.pages.length); // size in pages (valid: change counter = version-valid-for)
  dv.setUint32(32, 0); // first freelist page
  dv.setUint32(36, 0); // freelist pages
  dv.setUint32(40, 1); // schema cookie
  dv.setUint32(44, 4); // schema format 4
  dv.setUint32(48, 0); // default cache size
  dv.setUint32(52, 0); // no auto-vacuum
  dv.setUint32(56, 1); // UTF-8
  dv.setUint32(60, opts.userVersion ?? 0);
  dv.setUint32(64, 0); // not incremental vacuum
  dv.setUint32(68, opts.applicationId ?? 0);
  dv.setUint32(92, 1); // version-valid-for
  dv.setUint32(96, WRITER_VERSION);

  const out = new Uint8Array(pager.pages.length * U);
  pager.pages.forEach((p, i) => out.set(p, i * U));
  return out;
}
