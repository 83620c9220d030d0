import type { ReactNode } from "react";
import { londonDateOf } from "@hearth/domain";
import { formatUkDate, formatUkDateTime } from "../../format/dates";

export interface TimelineItem {
  id: string;
  title: ReactNode;
  /** Who recorded it, shown as "by …". */
  by?: ReactNode;
  /** When it happened: an ISO timestamp as the API sends it, or a Date. */
  at: string | Date;
  /** The record knows the day but not the time (an entry typed in later): show the date alone. */
  dateOnly?: boolean;
  body?: ReactNode;
}

/**
 * MOJ's timeline: a record's chronology, newest first as the caller orders it. Each entry's title
 * is a heading so screen reader users can move from entry to entry; `headingLevel` keeps the
 * outline right under whatever heading the timeline sits below. (MOJ's CSS sets the title and
 * byline inline and relies on the space between them, which JSX would otherwise drop.)
 */
export function Timeline({ items, headingLevel = 2 }: { items: TimelineItem[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="moj-timeline">
      {items.map((item) => {
        const at = typeof item.at === "string" ? item.at : item.at.toISOString();
        return (
          <div key={item.id} className="moj-timeline__item">
            <div className="moj-timeline__header">
              <Heading className="moj-timeline__title">{item.title}</Heading> {item.by && <p className="moj-timeline__byline">by {item.by}</p>}
            </div>
            <p className="moj-timeline__date">
              <time dateTime={at}>{item.dateOnly ? formatUkDate(londonDateOf(new Date(at))) : formatUkDateTime(at)}</time>
            </p>
            {item.body && <div className="moj-timeline__description">{item.body}</div>}
          </div>
        );
      })}
    </div>
  );
}
