import { isCentreRole, isCountyWide, roleLabels, staffRoles, type StaffRole } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Select } from "../../components/form/select";
import { useTRPC } from "../../trpc/trpc";

export interface PlacementValues {
  role: StaffRole | "";
  areaId: string;
  centreId: string;
}

type FieldProps = { name: string; error?: string | undefined } & Record<string, unknown>;

/**
 * Role, then the area or the centre that role needs: the one box that does not apply is hidden,
 * and emptied as the form is sent (placementInput), so a changed role never carries an old area.
 */
export function PlacementFields({ role, field }: { role: PlacementValues["role"]; field: (name: "role" | "areaId" | "centreId") => FieldProps }) {
  const trpc = useTRPC();
  const areas = useQuery(trpc.reference.areas.queryOptions());
  const centres = useQuery(trpc.reference.centres.queryOptions());
  return (
    <>
      <Select
        label="Role"
        options={[{ value: "", text: "Choose a role" }, ...staffRoles.map((r) => ({ value: r, text: roleLabels[r] }))]}
        {...field("role")}
      />
      {role && !isCountyWide(role) && !isCentreRole(role) && (
        <Select
          label="Area"
          options={[{ value: "", text: "Choose an area" }, ...(areas.data ?? []).map((a) => ({ value: a.id, text: a.name }))]}
          {...field("areaId")}
        />
      )}
      {role && isCentreRole(role) && (
        <Select
          label="Centre"
          options={[
            { value: "", text: "Choose a centre" },
            ...(centres.data ?? []).flatMap((g) => g.centres.map((c) => ({ value: c.id, text: `${c.name} (${g.areaName})` }))),
          ]}
          {...field("centreId")}
        />
      )}
    </>
  );
}

/** The placement as the API takes it: only the box the role uses. */
export function placementInput(values: PlacementValues) {
  const role = values.role || undefined;
  return {
    role,
    areaId: role && !isCountyWide(role) && !isCentreRole(role) ? values.areaId || undefined : undefined,
    centreId: role && isCentreRole(role) ? values.centreId || undefined : undefined,
  };
}
