import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { THEME } from '../specs/theme.ts';

const require = createRequire(import.meta.url);

/** The family the charts ask for: the bundled OTFs' typographic family name. */
export const FONT_FAMILY = THEME.font;

/** Noto Sans CJK SC (GB2312 coverage), Regular for text and Bold for titles; both come with `npm ci` in @embedpdf/fonts-sc. */
export function bundledFontFiles(): { regular: string; bold: string } {
  const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return { regular: path.join(dir, 'NotoSansHans-Regular.otf'), bold: path.join(dir, 'NotoSansHans-Bold.otf') };
}

interface HbSubsetExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** The blob only borrows the font bytes kept in WebAssembly memory: HarfBuzz must not free or modify them. */
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_NAME_ID = 4;

/**
 * Cuts a font down to the characters a chart uses, with HarfBuzz's subsetter (harfbuzzjs ships it as
 * WebAssembly). The whole 8 MB CJK font makes resvg spend seconds on every image; a subset of a few
 * hundred glyphs takes milliseconds.
 */
export class FontSubsetter {
  private constructor(
    private readonly hb: HbSubsetExports,
    /** Each font copied into WebAssembly memory once, as [pointer, length]. */
    private readonly loaded: Map<string, [number, number]> = new Map(),
  ) {}

  static async create(): Promise<FontSubsetter> {
    const wasm = readFileSync(path.join(path.dirname(require.resolve('harfbuzzjs')), 'harfbuzz-subset.wasm'));
    // Node has WebAssembly built in; the project's type libraries (no DOM) just do not declare it.
    const wasmApi = (
      globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> } }
    ).WebAssembly;
    const { instance } = await wasmApi.instantiate(wasm);
    const exports = instance.exports as HbSubsetExports & { _initialize?: () => void };
    exports._initialize?.();
    return new FontSubsetter(exports);
  }

  private fontPointer(file: string): [number, number] {
    let entry = this.loaded.get(file);
    if (!entry) {
      const bytes = readFileSync(file);
      const ptr = this.hb.malloc(bytes.length);
      new Uint8Array(this.hb.memory.buffer, ptr, bytes.length).set(bytes);
      entry = [ptr, bytes.length];
      this.loaded.set(file, entry);
    }
    return entry;
  }

  /** The font with only the glyphs for `codePoints` (plus what shaping them needs); throws if HarfBuzz fails. */
  subset(file: string, codePoints: Iterable<number>): Uint8Array {
    const hb = this.hb;
    const [ptr, length] = this.fontPointer(file);
    const blob = hb.hb_blob_create(ptr, length, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('HarfBuzz could not create a subset input');
    const set = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(set, cp);
    // Keep the typographic family and style names: without them Regular and Bold become two families.
    const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    for (const id of [16, 17]) hb.hb_set_add(names, id);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    if (subset === 0) throw new Error(`HarfBuzz could not subset ${path.basename(file)}`);
    const out = hb.hb_face_reference_blob(subset);
    const size = hb.hb_blob_get_length(out);
    const data = hb.hb_blob_get_data(out, 0);
    const bytes = new Uint8Array(hb.memory.buffer, data, size).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    return bytes;
  }
}
