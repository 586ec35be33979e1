/**
 * Issue 10's screens, one route (`/imports/:importId`) and kept out of paths.ts: each path and
 * route on the first screen costs bytes there.
 */
export const importPaths = {
  /** Every row of the file becomes a contact of this customer. */
  forCustomer: (customerId: string) => `/imports/new?customer=${encodeURIComponent(customerId)}`,
  /** Each row names its customer. */
  forMany: '/imports/new',
  one: (importId: string) => `/imports/${importId}`,
};
