export * from "./areas";
export * from "./centres";
export * from "./staff";
export * from "./people";
export * from "./audit";
