import { readFileSync } from 'node:fs';

type HarfBuzz = typeof import('harfbuzzjs');

/**
 * Text widths from the real font, by HarfBuzz shaping (kerning included), for vega's layout: without a
 * canvas vega guesses 0.8 em per character, too wide for Latin text and too narrow for Chinese.
 */
export class TextMeasurer {
  private readonly cache = new Map<string, number>();

  private constructor(
    private readonly hb: HarfBuzz,
    private readonly fonts: { regular: InstanceType<HarfBuzz['Font']>; bold: InstanceType<HarfBuzz['Font']> },
    private readonly upem: { regular: number; bold: number },
    /** Every code point the regular font maps, for coverage checks. */
    readonly coverage: ReadonlySet<number>,
  ) {}

  static async create(files: { regular: string; bold: string }): Promise<TextMeasurer> {
    const hb = await import('harfbuzzjs');
    const open = (file: string) => {
      const face = new hb.Face(new hb.Blob(readFileSync(file)), 0);
      return { face, font: new hb.Font(face) };
    };
    const regular = open(files.regular);
    const bold = open(files.bold);
    return new TextMeasurer(
      hb,
      { regular: regular.font, bold: bold.font },
      { regular: regular.face.upem, bold: bold.face.upem },
      new Set(regular.face.collectUnicodes()),
    );
  }

  /** Width in pixels of one line of `text` at `fontSize`; bold for weights of 600 and up. */
  width(text: string, fontSize: number, bold = false): number {
    if (text === '' || fontSize <= 0) return 0;
    const key = `${bold ? 'b' : 'r'}${text}`;
    let ems = this.cache.get(key);
    if (ems === undefined) {
      const buffer = new this.hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      const font = bold ? this.fonts.bold : this.fonts.regular;
      this.hb.shape(font, buffer);
      let advance = 0;
      for (const p of buffer.getGlyphPositions()) advance += p.xAdvance;
      ems = advance / (bold ? this.upem.bold : this.upem.regular);
      this.cache.set(key, ems);
    }
    return ems * fontSize;
  }
}
