/** Where the families stepped down from FSS wait inside the LCSS portal. */
export const stepDownPaths = { list: "/step-downs" };
