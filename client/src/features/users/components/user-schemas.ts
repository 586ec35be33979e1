import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import {
  createUserRequestSchema,
  displayNameSchema,
  passwordSchema,
} from '@komet-contacts/server/contract';
import { worded } from '../../../messages/field-errors';

// The contract's rules, so the form says no to exactly what the server would refuse. The name is
// required here: it is what the header and every history entry show.
const addUserFormSchema = z.extend(createUserRequestSchema, { name: displayNameSchema });
export type AddUserFormInput = z.input<typeof addUserFormSchema>;
export type AddUserFormOutput = z.output<typeof addUserFormSchema>;
export const addUserResolver = worded(zodResolver(addUserFormSchema));

const newPasswordSchema = z.object({ password: passwordSchema });
export type NewPassword = z.infer<typeof newPasswordSchema>;
export const newPasswordResolver = worded(zodResolver(newPasswordSchema));
