import { attendanceStatuses, attendanceStatusLabels, programmeRegisterSchema, type ProgrammeRegister } from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

type Entry = { enrolmentId: string; name: string; mark: string | null };

/** The marks, one box per family (mark0, mark1 …), so each message sits beside its family. */
function RegisterForm({ runId, sessionDate, entries }: { runId: string; sessionDate: string; entries: Entry[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.programmeRuns.recordRegister.mutationOptions());
  const form = useSchemaForm<Record<string, string>, ProgrammeRegister>({
    schema: programmeRegisterSchema,
    defaultValues: Object.fromEntries(entries.map((e, i) => [`mark${i}`, e.mark ?? ""])),
    toInput: (values) => ({
      runId,
      sessionDate,
      marks: entries.map((e, i) => ({ enrolmentId: e.enrolmentId, status: values[`mark${i}`] || undefined })),
    }),
    aliases: Object.fromEntries(entries.map((_, i) => [`marks.${i}.status`, `mark${i}`])),
  });
  return (
    <>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      {record.isSuccess && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="register-saved">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="register-saved">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Register saved for {record.data.marked} families</p>
          </div>
        </div>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(async (register) => {
          await record.mutateAsync(register);
          await queryClient.invalidateQueries({ queryKey: trpc.programmeRuns.pathKey() });
        })}
      >
        {entries.map((e, i) => (
          <Radios
            key={e.enrolmentId}
            legend={e.name}
            legendSize="m"
            inline
            items={attendanceStatuses.map((s) => ({ value: s, text: attendanceStatusLabels[s] }))}
            {...form.field(`mark${i}`)}
          />
        ))}
        <Button type="submit" disabled={record.isPending}>
          Save register
        </Button>
      </form>
    </>
  );
}

/** A session's register on a tablet: each family attended, did not attend or sent apologies. */
export function RegisterPage() {
  const { runId = "", sessionDate = "" } = useParams();
  const trpc = useTRPC();
  const register = useQuery(trpc.programmeRuns.register.queryOptions({ runId, sessionDate }));
  usePageTitle("Register");
  if (register.isPending) return <p className="govuk-body">Loading…</p>;
  if (register.isError) return <LoadProblem error={register.error} what="register" />;
  const r = register.data;
  return (
    <>
      <Link className="govuk-back-link" to={programmePaths.run(runId)}>
        Back to the run
      </Link>
      <span className="govuk-caption-l">
        {r.programmeName}, session {r.sessionNumber}
      </span>
      <h1 className="govuk-heading-l">Register for {formatUkDate(r.sessionDate)}</h1>
      {r.entries.length === 0 ? (
        <p className="govuk-body">No families are enrolled on this run yet.</p>
      ) : (
        <RegisterForm runId={runId} sessionDate={r.sessionDate} entries={r.entries} key={r.sessionDate} />
      )}
    </>
  );
}
