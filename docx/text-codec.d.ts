/**
 * The UTF-8 codecs of Node and of browsers, as far as docx/ uses them; declared here so that docx/
 * compiles with no platform's types (docx/tsconfig.json).
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
