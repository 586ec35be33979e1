import * as z from 'zod/mini';
import { displayNameSchema, passwordSchema, roleSchema, usernameSchema } from './auth';
import type { Role } from './roles';

/** A user as the admin screen lists them: never a password or its hash. */
export interface UserSummary {
  username: string;
  name: string;
  role: Role;
  disabled: boolean;
  /** ISO 8601. */
  createdAt: string;
  lastSignInAt: string | null;
}

/** `GET /api/users` (admin). */
export interface UserListResponse {
  users: UserSummary[];
}

/** `POST /api/users` (admin) → 201 `{ user: UserSummary }`; 409 when the username is taken. */
export const createUserRequestSchema = z.object({
  username: usernameSchema,
  name: z.optional(displayNameSchema),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/**
 * `PATCH /api/users/:username` (admin) → 200 `{ user: UserSummary }`. A new password or disabling
 * signs the user out everywhere. The last enabled admin cannot be disabled or demoted (409).
 */
export const updateUserRequestSchema = z.object({
  name: z.optional(displayNameSchema),
  role: z.optional(roleSchema),
  disabled: z.optional(z.boolean()),
  password: z.optional(passwordSchema),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export interface UserResponse {
  user: UserSummary;
}
