export * from "./directory-service";
export * from "./directory-search";
