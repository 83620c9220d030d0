import { z } from "zod";

/**
 * A person's characteristics use the DfE's Children in Need census code sets, so a child recorded
 * at a stay-and-play session can be returned in the census later without recoding.
 */
export const sexLabels = { F: "Female", M: "Male", U: "Not known" } as const;
export type Sex = keyof typeof sexLabels;
export const sexCodes = Object.keys(sexLabels) as Sex[];
export const sexSchema = z.enum(sexCodes as [Sex, ...Sex[]], {
  error: "Choose female (F), male (M) or not known (U)",
});

export const ethnicityLabels = {
  WBRI: "White British",
  WIRI: "White Irish",
  WIRT: "Traveller of Irish heritage",
  WOTH: "Any other White background",
  WROM: "Gypsy or Roma",
  MWBC: "White and Black Caribbean",
  MWBA: "White and Black African",
  MWAS: "White and Asian",
  MOTH: "Any other mixed background",
  AIND: "Indian",
  APKN: "Pakistani",
  ABAN: "Bangladeshi",
  AOTH: "Any other Asian background",
  BCRB: "Black Caribbean",
  BAFR: "Black African",
  BOTH: "Any other Black background",
  CHNE: "Chinese",
  OOTH: "Any other ethnic group",
  REFU: "Refused",
  NOBT: "Information not yet obtained",
} as const;
export type Ethnicity = keyof typeof ethnicityLabels;
export const ethnicityCodes = Object.keys(ethnicityLabels) as Ethnicity[];
export const ethnicitySchema = z.enum(ethnicityCodes as [Ethnicity, ...Ethnicity[]], {
  error: "Choose an ethnicity from the list",
});

export const disabilityLabels = {
  NONE: "No disability",
  MOB: "Mobility",
  HAND: "Hand function",
  PC: "Personal care",
  INC: "Incontinence",
  COMM: "Communication",
  LD: "Learning",
  HEAR: "Hearing",
  VIS: "Vision",
  BEH: "Behaviour",
  CON: "Consciousness",
  AUT: "Autism or Asperger syndrome",
  DDA: "Other disability under the Equality Act",
} as const;
export type Disability = keyof typeof disabilityLabels;
export const disabilityCodes = Object.keys(disabilityLabels) as Disability[];
export const disabilitySchema = z.enum(disabilityCodes as [Disability, ...Disability[]], {
  error: "Choose a disability from the list",
});

/** Every disability that applies, or NONE on its own (census rules 8790 and 8794). */
export const disabilitiesSchema = z
  .array(disabilitySchema)
  .max(disabilityCodes.length)
  .superRefine((codes, ctx) => {
    if (codes.includes("NONE") && codes.length > 1) {
      ctx.addIssue({
        code: "custom",
        message: "Choose ‘No disability’ on its own, or the disabilities that apply",
      });
    }
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: "custom", message: "Each disability can be chosen only once" });
    }
  });

// Our short wording of the DfE's reasons; the codes are what the census checks.
export const upnUnknownLabels = {
  UN1: "Child is over compulsory school age",
  UN2: "Child has never attended a school in England",
  UN3: "Child is educated at home",
  UN4: "Child has newly arrived and the UPN is not yet known",
  UN5: "The UPN cannot be found or sources disagree",
  UN6: "Child is under 6 and has not yet been given a UPN",
  UN7: "Referral with no further action",
} as const;
export type UpnUnknownReason = keyof typeof upnUnknownLabels;
export const upnUnknownReasons = Object.keys(upnUnknownLabels) as UpnUnknownReason[];
export const upnUnknownReasonSchema = z.enum(upnUnknownReasons as [UpnUnknownReason, ...UpnUnknownReason[]], {
  error: "Choose why the UPN is not known",
});
