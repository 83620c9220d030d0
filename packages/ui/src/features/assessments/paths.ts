/** Where the Early Help Assessment screens live inside the LCSS portal. Only ids in the URL. */
export const assessmentPaths = {
  list: "/assessments",
  start: (familyId: string) => `/assessments/new/${familyId}`,
  startFromConsultation: (familyId: string, consultationId: string) => `/assessments/new/${familyId}?consultation=${consultationId}`,
  assessment: (assessmentId: string) => `/assessments/${assessmentId}`,
  section: (assessmentId: string, taskKey: string) => `/assessments/${assessmentId}/sections/${taskKey}`,
  print: (assessmentId: string) => `/assessments/${assessmentId}/print`,
};

/** The draft key of one section: the same key the server clears when the section is saved. */
export const sectionDraftKey = (assessmentId: string, taskKey: string) => `assessment.${taskKey}:${assessmentId}`;
