/** The list's search rule, for muscles and other structures alike. */

/** Every word of the query (singular or plural) must appear in one of the words (lower case) something answers to. */
export function wordsMatch(hay: readonly string[], query: string): boolean {
  const words = query.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!words.length) return true;
  return words.every((w) => {
    const stem = w.length > 3 ? w.replace(/(es|s)$/, '') : w;
    return hay.some((h) => h.includes(w) || h.includes(stem));
  });
}
