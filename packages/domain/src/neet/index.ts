export * from "./activity-codes";
export * from "./academic-age";
export * from "./currency";
export * from "./neet-record";
export * from "./nccis-return/nccis-tags";
export * from "./nccis-return/nccis-file";
export * from "./nccis-return/nccis-checks";
