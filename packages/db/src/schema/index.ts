export * from "./areas";
export * from "./centres";
export * from "./staff";
export * from "./people";
export * from "./audit";
export * from "./open-access-sessions";
export * from "./bookings";
export * from "./notifications";
