import type { EpisodePartKind } from "@hearth/domain";
import { Tag } from "../../components/content";

export interface CensusProblemView {
  code: string;
  severity: "error" | "query";
  refused: boolean;
  message: string;
  part: EpisodePartKind | "child";
  referralId: string | null;
  recordId: string | null;
  field: string;
}

/** The problems about one field of one record: what a summary row shows beside its value. */
export function problemsAt(problems: readonly CensusProblemView[], part: CensusProblemView["part"], recordId: string | null, field: string) {
  return problems.filter((p) => p.part === part && p.recordId === recordId && p.field === field);
}

/** The problems about one record, whatever the field. */
export function problemsOf(problems: readonly CensusProblemView[], part: CensusProblemView["part"], recordId: string | null) {
  return problems.filter((p) => p.part === part && p.recordId === recordId);
}

/**
 * Census problems in plain English with the DfE rule each comes from. An error must be put right
 * before the return; a query must be put right or explained. The tag's words say which.
 */
export function CensusProblemList({ problems }: { problems: readonly CensusProblemView[] }) {
  if (!problems.length) return null;
  return (
    <ul className="govuk-list hearth-census-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className="govuk-body-s govuk-!-margin-bottom-1">
          <Tag colour={p.severity === "error" ? "red" : "yellow"}>{p.severity === "error" ? "Census error" : "Census query"}</Tag> {p.message} (rule{" "}
          {p.code})
        </li>
      ))}
    </ul>
  );
}

/** A summary row's value with the census problems about that field beside it. */
export function WithProblems({ value, problems }: { value: React.ReactNode; problems: readonly CensusProblemView[] }) {
  return (
    <>
      {value}
      <CensusProblemList problems={problems} />
    </>
  );
}
