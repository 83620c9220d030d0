import { ehaTaskStatusLabels } from "@hearth/domain";
import { Link } from "react-router";
import { Tag } from "../../components/content";
import { assessmentPaths } from "./paths";
import type { AssessmentDetail } from "./use-assessment";

/**
 * GOV.UK's task list: each section with its status. A section links to its form only while the
 * assessment is a draft that may still be written; afterwards it is read on the summary below.
 */
export function AssessmentTaskList({ assessment, editable }: { assessment: AssessmentDetail; editable: boolean }) {
  return (
    <ul className="govuk-task-list">
      {assessment.tasks.map((task) => {
        const statusId = `task-${task.key}-status`;
        return (
          <li key={task.key} className={`govuk-task-list__item${editable ? " govuk-task-list__item--with-link" : ""}`}>
            <div className="govuk-task-list__name-and-hint">
              {editable ? (
                <Link className="govuk-link govuk-task-list__link" to={assessmentPaths.section(assessment.id, task.key)} aria-describedby={statusId}>
                  {task.title}
                </Link>
              ) : (
                <div>{task.title}</div>
              )}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {task.status === "completed" ? (
                ehaTaskStatusLabels.completed
              ) : (
                <Tag colour={task.status === "in_progress" ? "light-blue" : "blue"}>{ehaTaskStatusLabels[task.status]}</Tag>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
