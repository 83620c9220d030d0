import type { RouterOutputs } from "@hearth/api";
import { countOf, formatDate, sessionSeriesPreviewSchema } from "@hearth/domain";
import { InsetText, useTRPC, WarningText } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";

type Skipped = RouterOutputs["centreSessions"]["previewSeries"]["skipped"][number];

const skipReasons: Record<Skipped["reason"], string> = { bank_holiday: "bank holiday", centre_closed: "centre closed" };

/** "25 December 2026 (bank holiday: Christmas Day)": a skipped week and why; with the year, as a series may cross one. */
export function skippedWeek(skip: Skipped): string {
  return `${formatDate(skip.date)} (${skipReasons[skip.reason]}${skip.detail ? `: ${skip.detail}` : ""})`;
}

/**
 * Before a series is saved: how many weeks it makes and which weeks it skips, with why, asked of
 * the server as soon as both dates are whole, so a bank holiday or closure is never a surprise.
 */
export function SeriesPreview({ centreId, firstDate, lastDate }: { centreId: string | undefined; firstDate: string; lastDate: string }) {
  const trpc = useTRPC();
  const dates = sessionSeriesPreviewSchema.safeParse({ centreId, firstDate, lastDate });
  const preview = useQuery({
    ...trpc.centreSessions.previewSeries.queryOptions(dates.success ? dates.data : { centreId: "", firstDate: "", lastDate: "" }),
    enabled: dates.success,
  });
  if (!dates.success || !preview.data) return null;
  const { dates: weeks, skipped } = preview.data;
  return (
    <div aria-live="polite">
      <InsetText>
        {weeks.length === 0 ? "No sessions would be created in these dates." : `${countOf(weeks.length, "session", "sessions")} will be created.`}
      </InsetText>
      {skipped.length > 0 && <WarningText>These weeks will be skipped: {skipped.map(skippedWeek).join(", ")}.</WarningText>}
    </div>
  );
}
