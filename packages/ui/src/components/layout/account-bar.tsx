export interface SignedInStaff {
  displayName: string;
  roleLabel: string;
  areaName: string | null;
  centreName: string | null;
}

/** Where a member of staff works, in words: their centre, else their area, else county-wide. */
export function staffPlace(staff: Pick<SignedInStaff, "areaName" | "centreName">): string {
  if (staff.centreName) return staff.centreName;
  if (staff.areaName) return `${staff.areaName} area`;
  return "County-wide";
}

/** Who is signed in and the way out, shown on every staff page. */
export function AccountBar({ staff, onSignOut, signingOut = false }: { staff: SignedInStaff; onSignOut: () => void; signingOut?: boolean }) {
  return (
    <div className="hearth-account">
      <p className="govuk-body-s">
        Signed in as <strong>{staff.displayName}</strong>, {staff.roleLabel}, {staffPlace(staff)}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSignOut();
        }}
      >
        <button type="submit" className="hearth-button-link govuk-body-s" disabled={signingOut}>
          Sign out
        </button>
      </form>
    </div>
  );
}
