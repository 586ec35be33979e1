import * as z from 'zod/mini';
import { ROLES } from './roles';

export const roleSchema = z.enum(ROLES, 'Choose sales, support or admin');

/** Usernames are compared lower-cased; the CLI and the admin screen both go through this rule. */
export const usernameSchema = z
  .string({ error: 'Enter a username' })
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(1, 'Enter a username'),
    z.maxLength(64, 'At most 64 characters'),
    z.regex(/^[a-z0-9][a-z0-9._@-]*$/, 'Letters, digits and . _ @ - only'),
  );

/** Long enough to resist guessing, short enough for a passphrase manager (scrypt takes any length). */
export const passwordSchema = z
  .string({ error: 'Enter a password' })
  .check(z.minLength(10, 'At least 10 characters'), z.maxLength(200, 'At most 200 characters'));

export const displayNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(100, 'At most 100 characters'));

export const sessionUserSchema = z.object({
  username: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `POST /api/session`. `demo: true` signs in a demo user without a password (simulator only). */
export const signInRequestSchema = z.object({
  username: z.string({ error: 'Enter your username' }).check(z.maxLength(200)),
  password: z.optional(z.string().check(z.maxLength(1000))),
  demo: z.optional(z.boolean()),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** `POST /api/session` 200 and `GET /api/session` 200. */
export interface SessionResponse {
  user: SessionUser;
}

/**
 * `GET /api/session` 401 body: a problem (code `signed-out`) that, on the simulator, also lists the
 * demo users the sign-in screen offers in one click.
 */
export interface SignedOutProblem {
  type: string;
  title: string;
  status: 401;
  detail: string;
  code: 'signed-out';
  demoUsers?: SessionUser[];
}
