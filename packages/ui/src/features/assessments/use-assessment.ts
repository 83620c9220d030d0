import type { RouterOutputs } from "@hearth/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../trpc/trpc";

export type AssessmentDetail = RouterOutputs["assessments"]["get"];

/** The assessment the page is about (from the URL), and a way to show its latest state after a change. */
export function useAssessment() {
  const { assessmentId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.assessments.get.queryOptions({ assessmentId });
  const assessment = useQuery(options);
  const show = (latest: AssessmentDetail) => queryClient.setQueryData(options.queryKey, latest);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });
  return { assessmentId, assessment, show, refresh };
}
