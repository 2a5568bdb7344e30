// Types for the two small libraries the title model shares with satori (it bundles HarfBuzz
// 0.10.0 and imports linebreak): only what title-model.ts calls.

declare module 'harfbuzzjs' {
  interface HbBlob {
    destroy(): void;
  }
  interface HbFace {
    upem: number;
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  interface HbFont {
    setScale(x: number, y: number): void;
    destroy(): void;
  }
  interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): Array<{ g: number; cl: number; ax: number; ay: number; dx: number; dy: number }>;
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const ready: Promise<HarfBuzz>;
  export default ready;
}

declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
