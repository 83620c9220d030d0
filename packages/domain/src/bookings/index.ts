export * from "./booking-form";
export * from "./booking-reference";
export * from "./fair-use";
export * from "./manage-link";
export * from "./reach";
export * from "./session-forms";
export * from "./session-search";
