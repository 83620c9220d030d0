import {
  can,
  countOf,
  managesTeam,
  workItemKindLabels,
  workItemListSchema,
  workItemKinds,
  workItemStatusLabels,
  workItemStatuses,
  type WorkItem,
  type WorkItemKind,
  type WorkItemList,
  type WorkItemStatus,
} from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Badge, FilterPanel, type SelectedFilterCategory } from "../../components/moj";
import { Table, type TableColumn } from "../../components/table";
import { formatShortUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { consultationPaths } from "../consultations/paths";
import { directoryPaths } from "../directory/paths";
import { episodePaths } from "../episodes/paths";
import { neetPaths } from "../neet/paths";
import { peoplePaths } from "../people/paths";
import { stepDownPaths } from "../step-downs/paths";

interface WorkFilters {
  whose: "mine" | "team";
  kinds: WorkItemKind[];
  statuses: WorkItemStatus[];
}
const noFilters: WorkFilters = { whose: "mine", kinds: [], statuses: [] };

const badgeColour = { overdue: "red", due_today: "blue", due: "grey" } as const;

/** Feedback owed on a no-names consultation names no family: the consultation is all there is. */
const familyText = (item: WorkItem) => item.familyName ?? (item.directoryServiceId ? "Service directory" : "No names");

interface TaskLinks {
  consultations: boolean;
  census: boolean;
  directory: boolean;
  neet: boolean;
  stepDowns: boolean;
}

/** Where a task's "What" leads, for the staff who may open it: the consultation, the census readiness list, the directory entry or the young person's NEET record. */
function taskPath(item: WorkItem, links: TaskLinks): string | null {
  if (links.consultations && item.consultationId) return consultationPaths.consultation(item.consultationId);
  if (links.census && item.kind === "census_problem") return episodePaths.readiness;
  if (links.directory && item.directoryServiceId) return directoryPaths.entry(item.directoryServiceId);
  if (links.neet && item.kind === "neet_not_known" && item.personId) return neetPaths.youngPerson(item.personId);
  if (links.stepDowns && item.kind === "case_step_down") return stepDownPaths.list;
  return null;
}

function columns(familyLinks: boolean, team: boolean, links: TaskLinks): TableColumn<WorkItem>[] {
  return [
    {
      header: "Due",
      // Red helps scanning; the badge's word says it for anyone who cannot see the colour.
      cell: (item) => (
        <span className={item.status === "overdue" ? "hearth-overdue hearth-nowrap" : "hearth-nowrap"}>{formatShortUkDate(item.dueOn)}</span>
      ),
      sortValue: (item) => item.dueOn,
    },
    {
      header: "Family",
      cell: (item) =>
        familyLinks && item.familyId ? (
          <Link className="govuk-link" to={peoplePaths.family(item.familyId)}>
            {familyText(item)}
          </Link>
        ) : (
          familyText(item)
        ),
      sortValue: familyText,
    },
    {
      header: "What",
      cell: (item) =>
        taskPath(item, links) ? (
          <Link className="govuk-link" to={taskPath(item, links)!}>
            {item.title}
          </Link>
        ) : (
          item.title
        ),
      sortValue: (item) => workItemKindLabels[item.kind],
    },
    ...(team ? [{ header: "Assigned to", cell: (item: WorkItem) => item.assignedTo.name, sortValue: (item: WorkItem) => item.assignedTo.name }] : []),
    {
      header: "Status",
      cell: (item) => <Badge colour={badgeColour[item.status]}>{workItemStatusLabels[item.status]}</Badge>,
      sortValue: (item) => workItemStatuses.indexOf(item.status),
    },
  ];
}

/**
 * "My work" on the staff home page: what is due for me (and, for managers, my team), soonest first,
 * with the filter beside it. Filtering is done by the server, so only the families listed are read
 * and audited. Family names link to the record only in apps that have the family pages.
 */
export function MyWorkList({ familyLinks = false }: { familyLinks?: boolean }) {
  const trpc = useTRPC();
  const staff = useStaff();
  const isManager = managesTeam(staff.role);
  // Checked by the list's own schema, as the server checks it; "team" is asked as "whose work".
  const form = useSchemaForm<WorkFilters, WorkItemList>({
    schema: workItemListSchema,
    defaultValues: noFilters,
    toInput: (f) => ({ team: f.whose === "team", kinds: f.kinds, statuses: f.statuses }),
    aliases: { team: "whose" },
  });
  const [applied, setApplied] = useState<WorkFilters>(noFilters);
  const team = applied.whose === "team";
  const work = useQuery(trpc.myWork.list.queryOptions({ team, kinds: applied.kinds, statuses: applied.statuses }));

  const apply = (filters: WorkFilters) => {
    form.form.reset(filters);
    setApplied(filters);
  };
  const tags = <K extends "kinds" | "statuses">(key: K, heading: string, labels: Record<WorkFilters[K][number], string>): SelectedFilterCategory => ({
    heading,
    items: applied[key].map((value: WorkFilters[K][number]) => ({
      text: labels[value],
      onRemove: () => apply({ ...applied, [key]: (applied[key] as string[]).filter((v) => v !== value) }),
    })),
  });
  const whoseTag: SelectedFilterCategory = {
    heading: "Whose work",
    items: team ? [{ text: "My team", onRemove: () => apply({ ...applied, whose: "mine" }) }] : [],
  };

  return (
    <section aria-labelledby="my-work-heading">
      <h2 className="govuk-heading-m" id="my-work-heading">
        {team ? "My team's work" : "My work"}
      </h2>
      <FilterPanel
        selected={[whoseTag, tags("kinds", "What", workItemKindLabels), tags("statuses", "Status", workItemStatusLabels)]}
        onClearFilters={() => apply(noFilters)}
        onApply={() => void form.onSubmit((_, typed) => apply(typed))()}
        options={
          <>
            {isManager && (
              <Radios
                {...form.field("whose")}
                legend="Whose work"
                legendSize="m"
                small
                items={[
                  { value: "mine", text: "Mine" },
                  { value: "team", text: "My team" },
                ]}
              />
            )}
            <Checkboxes
              {...form.field("kinds")}
              legend="What"
              legendSize="m"
              small
              items={workItemKinds.map((value) => ({ value, text: workItemKindLabels[value] }))}
            />
            <Checkboxes
              {...form.field("statuses")}
              legend="Status"
              legendSize="m"
              small
              items={workItemStatuses.map((value) => ({ value, text: workItemStatusLabels[value] }))}
            />
          </>
        }
      >
        {work.isPending && <p className="govuk-body">Loading…</p>}
        {work.isError && <LoadProblem error={work.error} what="your work" />}
        {work.data &&
          (work.data.items.length ? (
            <Table
              caption={countOf(work.data.items.length, "item due", "items due")}
              captionSize="s"
              columns={columns(familyLinks, work.data.team, {
                consultations: can(staff.role, "consultations.read"),
                census: familyLinks && can(staff.role, "episodes.read"),
                directory: can(staff.role, "directory.edit"),
                // The NEET screens are in the FSS casework app, the one with the family pages.
                neet: familyLinks && can(staff.role, "neet.read"),
                // The step-down queue is in the LCSS portal, where LCSS staff (and only they) read it.
                stepDowns: can(staff.role, "stepDowns.read"),
              })}
              rows={work.data.items}
              rowKey={(item) => `${item.kind}-${item.id}`}
            />
          ) : (
            <p className="govuk-body">Nothing is due{team ? " for your team" : " for you"}.</p>
          ))}
      </FilterPanel>
    </section>
  );
}
