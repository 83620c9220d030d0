import type { ThresholdIndicator } from "./indicator-catalogue";

/**
 * An illustrative catalogue, written for Hearth in our own words, to seed a new installation and
 * to test against. It is not any partnership's published threshold document: each council
 * replaces it with its own through the admin screens.
 */
export const illustrativeIndicatorCatalogue: readonly ThresholdIndicator[] = [
  // Child's developmental needs
  { code: "CD-HLT-1", domain: "child_development", area: "health", level: 1, wording: "Generally healthy; routine checks and immunisations are up to date.", active: true },
  { code: "CD-HLT-2", domain: "child_development", area: "health", level: 2, wording: "Several health appointments missed, or a health need that is not being followed up.", active: true },
  { code: "CD-HLT-3", domain: "child_development", area: "health", level: 3, wording: "A long-term health condition that is poorly managed at home and is affecting daily life.", active: true },
  { code: "CD-HLT-4", domain: "child_development", area: "health", level: 4, wording: "An injury without a believable explanation, or a serious health need that carers refuse to address.", active: true },
  { code: "CD-EDU-2", domain: "child_development", area: "education", level: 2, wording: "Attendance has dropped below 90%, or progress has stalled without a known reason.", active: true },
  { code: "CD-EDU-3", domain: "child_development", area: "education", level: 3, wording: "Persistently absent (below 80%), repeated suspensions, or out of school with no plan.", active: true },
  { code: "CD-EBD-2", domain: "child_development", area: "emotional_behavioural_development", level: 2, wording: "Anxious, withdrawn or angry at times in a way that worries the adults around them.", active: true },
  { code: "CD-EBD-3", domain: "child_development", area: "emotional_behavioural_development", level: 3, wording: "Self-harm, or behaviour that regularly puts the child or others at risk.", active: true },
  { code: "CD-EBD-4", domain: "child_development", area: "emotional_behavioural_development", level: 4, wording: "Going missing repeatedly, or signs of sexual or criminal exploitation.", active: true },
  { code: "CD-FSR-2", domain: "child_development", area: "family_social_relationships", level: 2, wording: "Few friends, or relationships at home are strained after a change such as separation.", active: true },
  { code: "CD-FSR-3", domain: "child_development", area: "family_social_relationships", level: 3, wording: "A young carer whose caring role is getting in the way of school or friendships.", active: true },
  { code: "CD-SPR-2", domain: "child_development", area: "social_presentation", level: 2, wording: "Often arrives unwashed or in unsuitable clothes and is teased for it.", active: true },
  { code: "CD-SLF-3", domain: "child_development", area: "self_care", level: 3, wording: "Expected to look after themselves well beyond what is safe for their age.", active: true },
  { code: "CD-IDN-2", domain: "child_development", area: "identity", level: 2, wording: "Struggling with their identity and experiencing some discrimination or bullying.", active: true },
  // Parenting capacity
  { code: "PC-BAS-1", domain: "parenting_capacity", area: "basic_care", level: 1, wording: "Carers provide food, warmth, hygiene and health care that meet the child's needs.", active: true },
  { code: "PC-BAS-2", domain: "parenting_capacity", area: "basic_care", level: 2, wording: "Basic care is inconsistent, for example meals missed or the home often cold.", active: true },
  { code: "PC-BAS-3", domain: "parenting_capacity", area: "basic_care", level: 3, wording: "Basic care is regularly poor and the child's health or development is starting to suffer.", active: true },
  { code: "PC-BAS-4", domain: "parenting_capacity", area: "basic_care", level: 4, wording: "Persistent neglect: the child is left hungry, dirty or without needed medical care.", active: true },
  { code: "PC-SAF-2", domain: "parenting_capacity", area: "ensuring_safety", level: 2, wording: "Supervision is sometimes lax for the child's age, with minor accidents.", active: true },
  { code: "PC-SAF-3", domain: "parenting_capacity", area: "ensuring_safety", level: 3, wording: "Carers' drinking, drug use or mental health often leaves the child unsupervised.", active: true },
  { code: "PC-SAF-4", domain: "parenting_capacity", area: "ensuring_safety", level: 4, wording: "A carer has harmed the child, or cannot protect them from someone who poses a risk.", active: true },
  { code: "PC-WRM-2", domain: "parenting_capacity", area: "emotional_warmth", level: 2, wording: "Carers find it hard to show warmth or praise, and the child seeks attention elsewhere.", active: true },
  { code: "PC-WRM-3", domain: "parenting_capacity", area: "emotional_warmth", level: 3, wording: "The child is frequently criticised, blamed or rejected at home.", active: true },
  { code: "PC-STM-2", domain: "parenting_capacity", area: "stimulation", level: 2, wording: "Little play, talk or reading at home; early language is behind.", active: true },
  { code: "PC-GDB-2", domain: "parenting_capacity", area: "guidance_boundaries", level: 2, wording: "Carers struggle to set routines or boundaries and ask for help with behaviour.", active: true },
  { code: "PC-GDB-3", domain: "parenting_capacity", area: "guidance_boundaries", level: 3, wording: "Carers have lost control of the young person's behaviour and have tried support before.", active: true },
  { code: "PC-STB-3", domain: "parenting_capacity", area: "stability", level: 3, wording: "Frequent changes of carer or home are unsettling the child.", active: true },
  // Family and environmental factors
  { code: "FE-FHF-2", domain: "family_environment", area: "family_history_functioning", level: 2, wording: "Arguments at home are upsetting the child, with no violence reported.", active: true },
  { code: "FE-FHF-3", domain: "family_environment", area: "family_history_functioning", level: 3, wording: "Domestic abuse in the past, or current abuse assessed as standard or medium risk.", active: true },
  { code: "FE-FHF-4", domain: "family_environment", area: "family_history_functioning", level: 4, wording: "Domestic abuse assessed as high risk, or a child present during violent incidents.", active: true },
  { code: "FE-WFM-2", domain: "family_environment", area: "wider_family", level: 2, wording: "Little support from wider family or friends at a difficult time.", active: true },
  { code: "FE-HSG-2", domain: "family_environment", area: "housing", level: 2, wording: "Housing is overcrowded or in poor repair, or rent arrears are building.", active: true },
  { code: "FE-HSG-3", domain: "family_environment", area: "housing", level: 3, wording: "Facing eviction or living in temporary accommodation with several moves.", active: true },
  { code: "FE-HSG-4", domain: "family_environment", area: "housing", level: 4, wording: "Homeless with children, or the home is dangerous to live in.", active: true },
  { code: "FE-EMP-2", domain: "family_environment", area: "employment", level: 2, wording: "Carers out of work and worried about finding work or training.", active: true },
  { code: "FE-INC-2", domain: "family_environment", area: "income", level: 2, wording: "Money is tight: using food banks or behind on bills.", active: true },
  { code: "FE-INC-3", domain: "family_environment", area: "income", level: 3, wording: "Serious debt or no income, leaving the family without essentials.", active: true },
  { code: "FE-SOC-2", domain: "family_environment", area: "social_integration", level: 2, wording: "The family is isolated, new to the area, or facing hostility from neighbours.", active: true },
  { code: "FE-COM-1", domain: "family_environment", area: "community_resources", level: 1, wording: "The family uses local services such as the children's centre, library or youth club.", active: true },
];
