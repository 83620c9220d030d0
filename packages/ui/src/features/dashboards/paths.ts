/** Where the dashboards live in each staff app. Filters go in the query: dates and place ids only. */
export const dashboardPaths = { dashboard: "/dashboards" };
