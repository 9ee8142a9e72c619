/** GraphQL FigureKind values (UPPER_CASE) → stored kinds, or null for "all kinds". */
export function FigureKindList(kinds?: string[] | null): string[] | null {
  return kinds?.length ? kinds.map((k) => k.toLowerCase()) : null;
}
