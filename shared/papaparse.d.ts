// The part of papaparse that shared/ uses, declared here: @types/papaparse starts with
// `/// <reference types="node" />`, which would bring Node's types into all of shared/ and let a
// Node global pass the typecheck (shared/ compiles without Node and DOM types on purpose).
// shared/ imports the file the browser build uses anyway, papaparse.min.js, by its path.
declare module 'papaparse/papaparse.min.js' {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: string;
    message: string;
    /** Index of the record in `data` (the header row is 0 when `header` is false). */
    row?: number;
  }
  interface ParseResult {
    data: string[][];
    errors: ParseError[];
  }
  interface ParseConfig {
    delimiter: string;
    header: false;
    skipEmptyLines: boolean;
    dynamicTyping: false;
  }
  const Papa: { parse(input: string, config: ParseConfig): ParseResult };
  export default Papa;
}
