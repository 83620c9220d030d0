export type SortDirection = "ascending" | "descending";

// MOJ Frontend's own arrows, so a sorted column looks as it does in every other MOJ service.
const paths: Record<SortDirection | "none", string[]> = {
  ascending: ["M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z"],
  descending: ["M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z"],
  none: ["M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z", "M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z"],
};

/** The arrow after a sortable column's name: up, down, or both while the column is unsorted. */
export function SortArrow({ direction }: { direction: SortDirection | "none" }) {
  return (
    <svg width="22" height="22" focusable="false" aria-hidden="true" viewBox="0 0 22 22" fill="none">
      {paths[direction].map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}
