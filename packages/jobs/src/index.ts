export * from "./connection";
export * from "./definitions";
export * from "./enqueue";
export * from "./parse-env";
export * from "./return-files";
