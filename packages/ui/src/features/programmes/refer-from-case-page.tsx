import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "../cases/paths";
import { ProgrammeReferralForm } from "./programme-referral-form";

/** Refer a child on an FSS case to a programme run in the area, with the family's consent recorded. */
export function ReferFromCasePage() {
  const { caseId = "" } = useParams();
  const trpc = useTRPC();
  const fssCase = useQuery(trpc.cases.get.queryOptions({ caseId }));
  usePageTitle("Refer to a group programme");
  if (fssCase.isPending) return <p className="govuk-body">Loading…</p>;
  if (fssCase.isError) return <RecordProblem error={fssCase.error} what="Case" />;
  return (
    <>
      <span className="govuk-caption-l">{fssCase.data.family.name}</span>
      <h1 className="govuk-heading-l">Refer to a group programme</h1>
      <ProgrammeReferralForm
        source={{ caseId }}
        familyId={fssCase.data.family.id}
        people={fssCase.data.children.map((c) => ({ personId: c.personId, name: `${c.firstName} ${c.lastName}` }))}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={casePaths.fssCase(caseId)}>
          Back to the case
        </Link>
      </p>
    </>
  );
}
