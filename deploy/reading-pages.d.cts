// Types of reading-pages.cjs for the TypeScript that imports it (the build
// and the tests); the guard itself is plain CommonJS, loaded outside any build.
export type Encoding = 'br' | 'gzip' | 'identity'
export declare const READING_DIR: string
export declare const ENCODINGS: readonly Encoding[]
export declare const READING_HEADERS: Record<string, string>
export declare function stripScripts(html: string): string
export declare function scriptProblems(html: string): string[]
export declare function keptHeaders(
  headers: Record<string, string | string[] | undefined>,
  options?: { keepSecurity?: boolean },
): Record<string, string | string[]>
export declare function chooseEncoding(acceptEncoding: string | undefined): Encoding
export declare function encode(body: Buffer, encoding: Encoding, options?: { best?: boolean }): Promise<Buffer>
