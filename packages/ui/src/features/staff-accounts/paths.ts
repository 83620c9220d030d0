/** Where the staff account screens live inside the FSS casework app, where administrators sign in. */
export const staffAccountPaths = {
  list: "/staff",
  invite: "/staff/invite",
  account: (staffId: string) => `/staff/${staffId}`,
  /** Outside the signed-in area: the page an invitation's link opens. */
  setPassword: "/set-password",
};
