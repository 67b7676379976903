// Diacritic folding for search: "Hoàn Kiếm", "hoan kiem" and "HOAN KIEM" all fold to "hoan kiem".

/** Lower-case, strip combining marks (NFD), map đ/Đ to d, collapse runs of spaces and dashes. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-–—_.,;:/]+/g, ' ')
    .trim();
}

/** True when every word of the query starts a word of the text, in order, after folding. */
export function foldedMatch(text: string, query: string): { matched: boolean; exact: boolean; prefix: boolean } {
  const t = foldText(text);
  const q = foldText(query);
  if (!q) return { matched: false, exact: false, prefix: false };
  if (t === q) return { matched: true, exact: true, prefix: true };
  if (t.startsWith(q)) return { matched: true, exact: false, prefix: true };
  return { matched: t.includes(q), exact: false, prefix: false };
}
