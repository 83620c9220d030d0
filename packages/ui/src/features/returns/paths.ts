export const returnsPaths = { statutoryReturns: "/returns" };
