import type { Client } from "./support";

type Api = Awaited<ReturnType<Client["call"]>>;

/**
 * An Early Help Assessment written through the API, every section filled, started on 16 November
 * 2026 and (unless `complete` is false) completed by its author on 20 November: the starting point
 * of a team around the family or of a request for service.
 */
export async function completedAssessment(api: Api, family: { familyId: string; childId: string; parentId: string }, complete = true) {
  const { familyId, childId, parentId } = family;
  const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [parentId], startedOn: "2026-11-16" });
  const sections = [
    { section: "consent" as const, givenByPersonId: parentId, method: "written" as const, givenOn: "2026-11-16" },
    { section: "leadProfessional" as const, leadProfessional: { name: "Sam Teacher", agency: "Meadow Primary School", role: "DSL" } },
    {
      section: "child" as const,
      personId: childId,
      domains: {
        child_development: { strengths: "Reads well.", needs: "Often late." },
        parenting_capacity: { strengths: "Warm.", needs: "" },
        family_environment: { needs: "Rent arrears." },
      },
      childsVoice: "I am tired in the mornings.",
    },
    { section: "parentsViews" as const, parentsViews: "Mum wants help with mornings." },
    { section: "analysis" as const, analysis: "Housing worry behind lateness.", desiredOutcomes: ["Ellie arrives on time", "The rent is paid"] },
  ];
  for (const content of sections) await api.assessments.saveSection({ assessmentId: id, content });
  if (complete) await api.assessments.complete({ assessmentId: id, on: "2026-11-20" });
  return id;
}
