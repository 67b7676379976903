// OSM PBF (.osm.pbf) reader: BlobHeader/Blob framing, zlib or raw blobs, PrimitiveBlocks with plain and
// dense nodes, ways and relations. Pure: the caller supplies zlib inflate (node:zlib in main/services).

/** A file that cannot be read; names the blob (0-based), its byte offset in the file and the reason. */
export class OsmPbfError extends Error {
  constructor(
    readonly blobIndex: number,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`blob ${blobIndex} at byte ${offset}: ${reason}`);
  }
}

export type Inflate = (data: Uint8Array, expectedSize: number) => Uint8Array;

export interface OsmWay {
  id: number;
  tags: Record<string, string>;
  refs: number[];
}

export interface OsmPbfContent {
  nodeCount: number;
  wayCount: number;
  relationCount: number;
  blobCount: number;
  /** Node coordinates by id (only kept for what the caller asks, see readOsmPbf's keepWay). */
  nodes: Map<number, [number, number]>;
  /** Ways kept by keepWay, in file order. */
  ways: OsmWay[];
}

export interface ReadOsmPbfOptions {
  inflate: Inflate;
  /** Which ways to keep (default: all). */
  keepWay?: (tags: Record<string, string>) => boolean;
  /** Called after every blob with bytes read so far. */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
}

const MAX_HEADER_BYTES = 64 * 1024;
const MAX_BLOB_BYTES = 32 * 1024 * 1024;
const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes', 'HistoricalInformation']);

/** Minimal protobuf reader over one message's bytes; throws plain Errors that the caller wraps with the blob. */
class Pb {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Unsigned varint as a Number (exact below 2^53, which every OSM id and coordinate is). */
  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error(`truncated varint at byte ${this.pos}`);
      const b = this.buf[this.pos++];
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
    throw new Error(`varint longer than 10 bytes at byte ${this.pos}`);
  }

  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }

  /** int64 encoded as plain varint: negative values come as 10-byte two's complement. */
  ivarint(): number {
    const n = this.varint();
    return n >= 2 ** 63 ? n - 2 ** 64 : n;
  }

  tag(): { field: number; wire: number } {
    const t = this.varint();
    return { field: Math.floor(t / 8), wire: t & 7 };
  }

  bytes(): { start: number; end: number } {
    const len = this.varint();
    const start = this.pos;
    const end = start + len;
    if (end > this.end) throw new Error(`field of ${len} bytes at byte ${start} runs past the end of its message (${this.end})`);
    this.pos = end;
    return { start, end };
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.advance(8);
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.advance(4);
    else throw new Error(`unsupported protobuf wire type ${wire} at byte ${this.pos}`);
  }

  private advance(n: number): void {
    if (this.pos + n > this.end) throw new Error(`truncated fixed field at byte ${this.pos}`);
    this.pos += n;
  }

  sub(r: { start: number; end: number }): Pb {
    return new Pb(this.buf, r.start, r.end);
  }

  packed(r: { start: number; end: number }, read: (p: Pb) => number): number[] {
    const p = this.sub(r);
    const out: number[] = [];
    while (!p.done) out.push(read(p));
    return out;
  }
}

const utf8 = new TextDecoder('utf-8');

/** Reads a whole .osm.pbf; throws OsmPbfError naming the blob on a truncated or corrupt file. */
export function readOsmPbf(file: Uint8Array, opts: ReadOsmPbfOptions): OsmPbfContent {
  const keepWay = opts.keepWay ?? (() => true);
  const out: OsmPbfContent = { nodeCount: 0, wayCount: 0, relationCount: 0, blobCount: 0, nodes: new Map(), ways: [] };
  const allNodes = new Map<number, [number, number]>();
  let offset = 0;
  let blobIndex = 0;
  let sawHeader = false;
  if (file.length === 0) throw new OsmPbfError(0, 0, 'the file is empty');
  while (offset < file.length) {
    const at = offset;
    const fail = (reason: string): never => {
      throw new OsmPbfError(blobIndex, at, reason);
    };
    if (offset + 4 > file.length) fail(`truncated: ${file.length - offset} byte(s) where a 4-byte BlobHeader length was expected`);
    const headerLen = ((file[offset] << 24) | (file[offset + 1] << 16) | (file[offset + 2] << 8) | file[offset + 3]) >>> 0;
    offset += 4;
    if (headerLen === 0 || headerLen > MAX_HEADER_BYTES) fail(`BlobHeader length ${headerLen} is not in 1…${MAX_HEADER_BYTES}: not an OSM PBF file or corrupt`);
    if (offset + headerLen > file.length) fail(`truncated: BlobHeader needs ${headerLen} bytes, ${file.length - offset} left`);
    let type = '';
    let dataSize = -1;
    try {
      const h = new Pb(file, offset, offset + headerLen);
      while (!h.done) {
        const { field, wire } = h.tag();
        if (field === 1 && wire === 2) {
          const r = h.bytes();
          type = utf8.decode(file.subarray(r.start, r.end));
        } else if (field === 3 && wire === 0) dataSize = h.varint();
        else h.skip(wire);
      }
    } catch (err) {
      fail(`BlobHeader is corrupt: ${(err as Error).message}`);
    }
    offset += headerLen;
    if (type !== 'OSMHeader' && type !== 'OSMData') fail(`BlobHeader type ${JSON.stringify(type.slice(0, 40))} is neither OSMHeader nor OSMData: not an OSM PBF file or corrupt`);
    if (dataSize < 0 || dataSize > MAX_BLOB_BYTES) fail(`Blob size ${dataSize} is not in 0…${MAX_BLOB_BYTES}`);
    if (offset + dataSize > file.length) fail(`truncated: the ${type} Blob needs ${dataSize} bytes, ${file.length - offset} left`);
    if (!sawHeader && type !== 'OSMHeader') fail('the file does not start with an OSMHeader blob: not an OSM PBF file');
    let data: Uint8Array;
    try {
      data = unpackBlob(file.subarray(offset, offset + dataSize), opts.inflate);
    } catch (err) {
      return fail(`${type} Blob cannot be unpacked: ${(err as Error).message}`);
    }
    try {
      if (type === 'OSMHeader') {
        checkHeader(data);
        sawHeader = true;
      } else readPrimitiveBlock(data, out, allNodes, keepWay);
    } catch (err) {
      fail(`${type} block is corrupt: ${(err as Error).message}`);
    }
    offset += dataSize;
    blobIndex++;
    out.blobCount = blobIndex;
    opts.onProgress?.(offset, file.length);
  }
  for (const w of out.ways) for (const ref of w.refs) {
    const c = allNodes.get(ref);
    if (c) out.nodes.set(ref, c);
  }
  return out;
}

function unpackBlob(blob: Uint8Array, inflate: Inflate): Uint8Array {
  const p = new Pb(blob);
  let raw: { start: number; end: number } | null = null;
  let zlib: { start: number; end: number } | null = null;
  let rawSize = -1;
  const other: Record<number, string> = { 4: 'lzma', 6: 'bzip2', 7: 'lz4', 8: 'zstd' };
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 1 && wire === 2) raw = p.bytes();
    else if (field === 2 && wire === 0) rawSize = p.varint();
    else if (field === 3 && wire === 2) zlib = p.bytes();
    else if (other[field]) throw new Error(`${other[field]} compression is not supported (only raw and zlib); re-encode with osmium`);
    else p.skip(wire);
  }
  if (raw) return blob.subarray(raw.start, raw.end);
  if (!zlib) throw new Error('it holds neither raw nor zlib data');
  let out: Uint8Array;
  try {
    out = inflate(blob.subarray(zlib.start, zlib.end), rawSize);
  } catch (err) {
    throw new Error(`zlib data is corrupt (${(err as Error).message})`);
  }
  if (rawSize >= 0 && out.length !== rawSize) throw new Error(`zlib data inflates to ${out.length} bytes, the blob declares ${rawSize}`);
  return out;
}

function checkHeader(data: Uint8Array): void {
  const p = new Pb(data);
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 4 && wire === 2) {
      const r = p.bytes();
      const feature = utf8.decode(data.subarray(r.start, r.end));
      if (!SUPPORTED_FEATURES.has(feature)) throw new Error(`the file requires the feature ${JSON.stringify(feature)}, which this reader does not support`);
    } else p.skip(wire);
  }
}

function readPrimitiveBlock(data: Uint8Array, out: OsmPbfContent, nodes: Map<number, [number, number]>, keepWay: (tags: Record<string, string>) => boolean): void {
  const p = new Pb(data);
  const strings: string[] = [];
  const groups: { start: number; end: number }[] = [];
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 1 && wire === 2) {
      const st = p.sub(p.bytes());
      while (!st.done) {
        const t = st.tag();
        if (t.field === 1 && t.wire === 2) {
          const r = st.bytes();
          strings.push(utf8.decode(data.subarray(r.start, r.end)));
        } else st.skip(t.wire);
      }
    } else if (field === 2 && wire === 2) groups.push(p.bytes());
    else if (field === 17 && wire === 0) granularity = p.varint();
    else if (field === 19 && wire === 0) latOffset = p.ivarint();
    else if (field === 20 && wire === 0) lonOffset = p.ivarint();
    else p.skip(wire);
  }
  const str = (i: number): string => {
    const s = strings[i];
    if (s === undefined) throw new Error(`string index ${i} is outside the block's string table of ${strings.length}`);
    return s;
  };
  const coord = (lat: number, lon: number): [number, number] => [1e-9 * (lonOffset + granularity * lon), 1e-9 * (latOffset + granularity * lat)];
  for (const g of groups) {
    const gp = p.sub(g);
    while (!gp.done) {
      const { field, wire } = gp.tag();
      if (field === 1 && wire === 2) readNode(gp.sub(gp.bytes()), nodes, coord, out);
      else if (field === 2 && wire === 2) readDense(gp.sub(gp.bytes()), nodes, coord, out);
      else if (field === 3 && wire === 2) readWay(gp.sub(gp.bytes()), str, keepWay, out);
      else if (field === 4 && wire === 2) {
        gp.bytes();
        out.relationCount++;
      } else gp.skip(wire);
    }
  }
}

type Coord = (lat: number, lon: number) => [number, number];

function readNode(p: Pb, nodes: Map<number, [number, number]>, coord: Coord, out: OsmPbfContent): void {
  let id = 0;
  let lat = 0;
  let lon = 0;
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 1 && wire === 0) id = p.svarint();
    else if (field === 8 && wire === 0) lat = p.svarint();
    else if (field === 9 && wire === 0) lon = p.svarint();
    else p.skip(wire);
  }
  nodes.set(id, coord(lat, lon));
  out.nodeCount++;
}

function readDense(p: Pb, nodes: Map<number, [number, number]>, coord: Coord, out: OsmPbfContent): void {
  let ids: number[] = [];
  let lats: number[] = [];
  let lons: number[] = [];
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 1 && wire === 2) ids = p.packed(p.bytes(), (q) => q.svarint());
    else if (field === 8 && wire === 2) lats = p.packed(p.bytes(), (q) => q.svarint());
    else if (field === 9 && wire === 2) lons = p.packed(p.bytes(), (q) => q.svarint());
    else p.skip(wire);
  }
  if (lats.length !== ids.length || lons.length !== ids.length) throw new Error(`dense nodes have ${ids.length} ids but ${lats.length} lats and ${lons.length} lons`);
  let id = 0;
  let lat = 0;
  let lon = 0;
  for (let i = 0; i < ids.length; i++) {
    id += ids[i];
    lat += lats[i];
    lon += lons[i];
    nodes.set(id, coord(lat, lon));
  }
  out.nodeCount += ids.length;
}

function readWay(p: Pb, str: (i: number) => string, keepWay: (tags: Record<string, string>) => boolean, out: OsmPbfContent): void {
  let id = 0;
  let keys: number[] = [];
  let vals: number[] = [];
  let refs: number[] = [];
  while (!p.done) {
    const { field, wire } = p.tag();
    if (field === 1 && wire === 0) id = p.ivarint();
    else if (field === 2 && wire === 2) keys = p.packed(p.bytes(), (q) => q.varint());
    else if (field === 3 && wire === 2) vals = p.packed(p.bytes(), (q) => q.varint());
    else if (field === 8 && wire === 2) refs = p.packed(p.bytes(), (q) => q.svarint());
    else p.skip(wire);
  }
  out.wayCount++;
  if (keys.length !== vals.length) throw new Error(`way ${id} has ${keys.length} tag keys but ${vals.length} values`);
  const tags: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) tags[str(keys[i])] = str(vals[i]);
  if (!keepWay(tags)) return;
  let ref = 0;
  const abs = refs.map((d) => (ref += d));
  out.ways.push({ id, tags, refs: abs });
}
