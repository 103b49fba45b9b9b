// The part of the `hyphen` package the report uses (it ships no types). Each language module
// inserts `hyphenChar` where a word may break, by Liang's patterns (as TeX does).
declare module 'hyphen/*' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
