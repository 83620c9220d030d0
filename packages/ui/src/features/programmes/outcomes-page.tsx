import { outcomeMeasureForms, outcomeMeasureKinds, outcomeMeasureLabels, type OutcomeMeasureKind } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { OutcomeChart } from "./outcome-chart";
import { OutcomeMeasureForm } from "./outcome-measure-form";

const isMeasure = (value: string | null): value is OutcomeMeasureKind => outcomeMeasureKinds.includes(value as OutcomeMeasureKind);

/**
 * A person's outcome measures: a chart over time per measure with its data beside it, and the
 * form for the measure chosen (the SDQ unless another is asked for, by `?measure=` in the address).
 */
export function OutcomesPage() {
  const { personId = "" } = useParams();
  const [search] = useSearchParams();
  const chosen = search.get("measure");
  const measure: OutcomeMeasureKind = isMeasure(chosen) ? chosen : "sdq";
  const trpc = useTRPC();
  const outcomes = useQuery(trpc.outcomeMeasures.ofPerson.queryOptions({ personId }));
  usePageTitle("Outcome measures");
  return (
    <>
      <h1 className="govuk-heading-l">Outcome measures</h1>
      {outcomes.isPending && <p className="govuk-body">Loading…</p>}
      {outcomes.isError && <LoadProblem error={outcomes.error} what="outcome measures" />}
      {outcomes.isSuccess &&
        (outcomes.data.series.length === 0 ? (
          <p className="govuk-body">No measures have been recorded yet.</p>
        ) : (
          outcomes.data.series.map((s) => (
            <section key={s.key} aria-label={s.label}>
              <h2 className="govuk-heading-m">{s.label}</h2>
              {s.change && (
                <p className="govuk-body">
                  From {s.change.before} to {s.change.after}: {s.change.direction.replace("_", " ")}
                </p>
              )}
              <OutcomeChart label={s.label} readings={s.readings} higherIsBetter={s.higherIsBetter} />
            </section>
          ))
        ))}
      <nav className="moj-sub-navigation" aria-label="Measure to enter">
        <ul className="moj-sub-navigation__list">
          {outcomeMeasureKinds.map((kind) => (
            <li key={kind} className="moj-sub-navigation__item">
              <Link className="moj-sub-navigation__link" aria-current={kind === measure ? "page" : undefined} to={`?measure=${kind}`}>
                {outcomeMeasureLabels[kind]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <OutcomeMeasureForm key={measure} personId={personId} definition={outcomeMeasureForms[measure]} places={outcomes.data?.places ?? []} />
    </>
  );
}
