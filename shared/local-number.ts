/** A number as written in a plan ("80000.50"), written the way a locale writes it ("80 000,50" in fr-FR), keeping its decimals. */

/** Decimals as written: "16.50" has 2, "80000" none. */
export const decimalsOf = (text: string): number => /\.(\d+)/.exec(text)?.[1].length ?? 0;

/** `text` in the locale of the BCP 47 `tag`; undefined when it is not a plain decimal number. */
export function localNumber(text: string, tag: string): string | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const d = decimalsOf(text);
  return new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(text));
}
