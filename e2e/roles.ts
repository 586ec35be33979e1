import { fileURLToPath } from 'node:url';

/** The demo users the simulator creates on an empty database (issue 6). */
export const DEMO_ROLES = ['sales', 'support', 'admin'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

/** Where the setup project leaves each role's signed-in browser state. */
export const storageStateFor = (role: DemoRole) =>
  fileURLToPath(new URL(`../test-results/auth/${role}.json`, import.meta.url));
