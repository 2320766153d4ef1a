declare module 'damerau-levenshtein' {
  function damerau(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
  export = damerau;
}
