export * from "./activity-codes";
export * from "./academic-age";
export * from "./currency";
export * from "./neet-record";
