import type { RouterOutputs } from "@hearth/api";
import { Select, useStaff, useTRPC, type Staff } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { createContext, use, useState, type ReactNode } from "react";

type Centre = RouterOutputs["reference"]["centres"][number]["centres"][number];

/**
 * The centres this person runs: their own centre for centre staff, their area's for a manager.
 * The server applies the same rule to every call; this only decides what to offer.
 */
function centresFor(staff: Staff, all: Centre[]): Centre[] {
  // A manager is based at one centre but runs the whole area, so the area decides for them.
  if (staff.role === "centre_manager" && staff.areaName) return all.filter((c) => c.areaName === staff.areaName);
  if (staff.centreName) return all.filter((c) => c.name === staff.centreName);
  return all;
}

interface CentreChoice {
  centres: Centre[];
  centre: Centre | undefined;
  choose: (centreId: string) => void;
}

const CentreContext = createContext<CentreChoice | null>(null);
// Remembered for the browser tab only, so a manager keeps their centre from page to page.
const STORAGE_KEY = "hearth.centre-staff.centre";

export function CentreChoiceProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const staff = useStaff();
  const all = useQuery(trpc.reference.centres.queryOptions());
  const [chosen, setChosen] = useState(() => sessionStorage.getItem(STORAGE_KEY) ?? "");
  const centres = centresFor(
    staff,
    (all.data ?? []).flatMap((group) => group.centres),
  );
  const centre = centres.find((c) => c.id === chosen) ?? centres[0];
  const choose = (centreId: string) => {
    sessionStorage.setItem(STORAGE_KEY, centreId);
    setChosen(centreId);
  };
  if (all.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  return <CentreContext value={{ centres, centre, choose }}>{children}</CentreContext>;
}

export function useCentreChoice(): CentreChoice {
  const choice = use(CentreContext);
  if (!choice) throw new Error("useCentreChoice is only for pages inside <CentreChoiceProvider>");
  return choice;
}

/** A choice of centre for managers; staff of one centre just see its name. */
export function CentrePicker() {
  const { centres, centre, choose } = useCentreChoice();
  if (!centre) return <p className="govuk-body">There are no centres linked to your account.</p>;
  if (centres.length === 1) return <p className="govuk-body govuk-!-font-weight-bold">{centre.name}</p>;
  return (
    <Select
      name="centreId"
      label="Centre"
      value={centre.id}
      onChange={(e) => choose(e.target.value)}
      options={centres.map((c) => ({ value: c.id, text: c.name }))}
    />
  );
}
