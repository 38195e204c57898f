/**
 * The header every binary data file of the language core starts with: magic text, then the format version
 * as a little-endian u32 at byte 8. Checked before anything else is read, so a wrong, old or cut file fails
 * with a clear message instead of decoding into nonsense.
 */
export interface BinaryFileSpec {
  /** Named in error messages ("segmenter trie", "word readings"). */
  name: string;
  magic: string;
  version: number;
  headerBytes: number;
}

/** A new file of `length` bytes with its header's magic and version written (the rest is the encoder's). */
export function startFile(length: number, spec: BinaryFileSpec): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < spec.magic.length; i++) bytes[i] = spec.magic.charCodeAt(i);
  view.setUint32(8, spec.version, true);
  return { bytes, view };
}

export function checkHeader(
  bytes: Uint8Array,
  spec: BinaryFileSpec,
): { view: DataView; fail: (why: string) => never } {
  const fail = (why: string): never => {
    throw new Error(`${spec.name}: ${why}`);
  };
  if (bytes.length < spec.headerBytes) {
    fail(`file of ${bytes.length} bytes is too short for a header (truncated?)`);
  }
  if (String.fromCharCode(...bytes.subarray(0, spec.magic.length)) !== spec.magic) {
    fail('unknown format (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(8, true);
  if (version !== spec.version) {
    fail(`format version ${version}, this build reads ${spec.version} (run npm run data)`);
  }
  return { view, fail };
}

/** Typed-array views read the platform's byte order; the files are little-endian. */
export const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes, copied only when they do not start on an `alignment`-byte boundary (typed-array views need it). */
export function alignedBytes(data: ArrayBuffer | Uint8Array, alignment: number): Uint8Array {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes.byteOffset % alignment === 0 ? bytes : bytes.slice();
}
