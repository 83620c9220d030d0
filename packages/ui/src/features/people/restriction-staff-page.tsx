import { restrictionCategoryLabels, roleLabels, staffFindSchema, type StaffFind } from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { TextInput } from "../../components/form/text-input";
import { NotificationBanner } from "../../components/notification-banner";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { serverFormErrors } from "../../forms/server-errors";
import { useSchemaForm } from "../../forms/use-schema-form";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { useStaff } from "../../auth/use-staff";
import { backToPerson } from "./paths";
import { RestrictRecordForm } from "./restrict-record-form";
import { LiftRestriction } from "./restricted-record";

interface FindValues {
  query: string;
}

const staffLabel = (s: { displayName: string; role: keyof typeof roleLabels; areaName: string | null }) =>
  `${s.displayName} (${roleLabels[s.role]}${s.areaName ? `, ${s.areaName}` : ""})`;

/**
 * Who may open a restricted record, for the area's managers and data officers: the staff named on
 * it, each removable, and a search of staff to name someone else. Everyone not named is told
 * "Restricted record: contact …". Managed without opening the record, so no personal details show.
 */
export function RestrictionStaffPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const restriction = useQuery(trpc.restrictions.get.queryOptions({ personId }));
  const [query, setQuery] = useState<string | null>(null);
  const found = useQuery({ ...trpc.restrictions.findStaff.queryOptions({ query: query ?? "" }), enabled: query !== null });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.restrictions.get.queryKey({ personId }) });
  const allow = useMutation(trpc.restrictions.allowStaff.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.restrictions.removeStaff.mutationOptions({ onSuccess: refresh }));
  const [done, setDone] = useState<string | null>(null);
  const [changeMessages, setChangeMessages] = useState<string[]>([]);
  const form = useSchemaForm<FindValues, StaffFind>({ schema: staffFindSchema, defaultValues: { query: "" } });
  // A refused change to who is named is not about the search box: it goes in the summary alone.
  const summary = [...changeMessages.map((text) => ({ text })), ...form.summary()];
  usePageTitle("Who may open this record", { hasErrors: summary.length > 0 });
  if (restriction.isPending) return <p className="govuk-body">Loading…</p>;
  if (restriction.isError) return <RecordProblem error={restriction.error} what="Person" />;
  const { named, restriction: current } = restriction.data;

  const change = async (action: () => Promise<unknown>, message: string) => {
    setChangeMessages([]);
    setDone(null);
    try {
      await action();
      setDone(message);
    } catch (error) {
      setChangeMessages(serverFormErrors(error));
    }
  };
  // A refused search throws, and the form shows the refusal beside the box or in the summary.
  const find = async (input: StaffFind) => {
    await queryClient.fetchQuery(trpc.restrictions.findStaff.queryOptions(input));
    setQuery(input.query);
  };
  const namedIds = new Set(named.map((n) => n.staffId));

  return (
    <>
      <BackLink to={backToPerson(staff.role, personId)}>Back</BackLink>
      <ErrorSummary items={summary} focusKey={`${form.focusKey}:${changeMessages.join()}`} />
      {done && <NotificationBanner type="success" heading={done} />}
      <h1 className="govuk-heading-l">Who may open this record</h1>
      {!current ? (
        <>
          <p className="govuk-body">This record is not restricted: anyone who may open records in its area can open it.</p>
          <RestrictRecordForm personId={personId} />
        </>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: "Why it is restricted", value: restrictionCategoryLabels[current.category] },
              { key: "Other staff are told to contact", value: current.contact },
            ]}
          />
          <Table
            caption="Staff named on this record"
            rows={named}
            rowKey={(s) => s.staffId}
            columns={[
              { header: "Name", cell: (s) => staffLabel(s) },
              { header: "Email", cell: (s) => s.email },
              {
                header: "Action",
                cell: (s) => (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    disabled={remove.isPending}
                    onClick={() =>
                      void change(() => remove.mutateAsync({ personId, staffId: s.staffId }), `${s.displayName} can no longer open this record`)
                    }
                  >
                    Remove<span className="govuk-visually-hidden"> {s.displayName}</span>
                  </Button>
                ),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Name someone else</h2>
          <form onSubmit={form.onSubmit(find)} noValidate>
            <TextInput
              label="Name or email of the member of staff"
              hint="At least 2 letters"
              className="govuk-input--width-20"
              {...form.field("query")}
            />
            <Button variant="secondary">Find staff</Button>
          </form>
          {found.data && (
            <Table
              caption={found.data.length ? "Staff found" : "No staff found: try part of their name or email"}
              captionSize="s"
              rows={found.data}
              rowKey={(s) => s.staffId}
              columns={[
                { header: "Name", cell: (s) => staffLabel(s) },
                { header: "Email", cell: (s) => s.email },
                {
                  header: "Action",
                  cell: (s) =>
                    namedIds.has(s.staffId) ? (
                      "Named"
                    ) : (
                      <Button
                        type="button"
                        className="govuk-!-margin-bottom-0"
                        disabled={allow.isPending}
                        onClick={() =>
                          void change(() => allow.mutateAsync({ personId, staffId: s.staffId }), `${s.displayName} can now open this record`)
                        }
                      >
                        Name<span className="govuk-visually-hidden"> {s.displayName}</span>
                      </Button>
                    ),
                },
              ]}
            />
          )}
          <h2 className="govuk-heading-m">Lift the restriction</h2>
          <p className="govuk-body">Anyone who may open records in its area will be able to open it again.</p>
          <LiftRestriction personId={personId} />
        </>
      )}
    </>
  );
}
