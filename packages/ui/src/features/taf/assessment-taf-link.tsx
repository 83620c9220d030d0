import { can } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { useTRPC } from "../../trpc/trpc";
import { tafPaths } from "./paths";
import { StartTafForm } from "./taf-forms";

/** On an assessment's page: its team around the family, or (once completed) a form to start one. */
export function AssessmentTafLink({ assessmentId, completed }: { assessmentId: string; completed: boolean }) {
  const trpc = useTRPC();
  const role = useStaff().role;
  const found = useQuery({ ...trpc.taf.ofAssessment.queryOptions({ assessmentId }), enabled: can(role, "taf.read") });
  if (!found.data) return null;
  if (found.data.taf)
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to={tafPaths.taf(found.data.taf.id)}>
          Team Around the Family ({found.data.taf.status === "open" ? "open" : "closed"})
        </Link>
      </p>
    );
  return completed && can(role, "taf.write") ? <StartTafForm assessmentId={assessmentId} /> : null;
}
