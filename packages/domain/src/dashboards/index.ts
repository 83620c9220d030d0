export * from "./age-bands";
export * from "./child-population";
export * from "./dashboard-figures";
export * from "./dashboard-filters";
export * from "./small-numbers";
