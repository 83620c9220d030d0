export * from "./access/roles";
export * from "./access/scope";
export * from "./centres/postcode";
export * from "./families/identifiers";
export * from "./families/person";
export * from "./families/family";
export * from "./auth/sign-in";
