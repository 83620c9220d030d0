import { useParams } from "react-router";
import { NotFoundPage } from "../../pages/problem-pages";
import { LoadProblem } from "../../pages/problem-pages";
import { AnalysisSection, ChildSection, ConsentSection, LeadProfessionalSection, ParentsViewsSection } from "./section-forms";
import { useAssessment } from "./use-assessment";

/** One section of the task list, by its key in the URL; the form opens once the saved answers are loaded. */
export function AssessmentSectionPage() {
  const { taskKey = "" } = useParams();
  const { assessment, show } = useAssessment();
  if (assessment.isPending) return <p className="govuk-body">Loading…</p>;
  if (assessment.isError) return <LoadProblem error={assessment.error} what="the assessment" />;
  const task = assessment.data.tasks.find((t) => t.key === taskKey);
  if (!task) return <NotFoundPage />;
  const props = { assessment: assessment.data, taskKey, title: task.title, show };
  if (task.personId) {
    const child = assessment.data.children.find((c) => c.personId === task.personId)!;
    return <ChildSection key={taskKey} {...props} personId={task.personId} childName={child.name} />;
  }
  switch (taskKey) {
    case "consent":
      return <ConsentSection {...props} />;
    case "leadProfessional":
      return <LeadProfessionalSection {...props} />;
    case "parentsViews":
      return <ParentsViewsSection {...props} />;
    default:
      return <AnalysisSection {...props} />;
  }
}
