import { t } from '@lingui/core/macro';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { ContactDraft, ContactInput } from '@komet-contacts/server/contract';
import type { AddContactFormInput, AddContactFormOutput } from './contact-schemas';

// zod and the resolvers are a tenth of the app's JS but first needed at the first blur or
// submit, so forms load them on their first focus, off the critical path of the first render.
export const loadResolvers = () => import('./contact-schemas');

function lazyResolver<In extends FieldValues, Out>(
  pick: (module: Awaited<ReturnType<typeof loadResolvers>>) => Resolver<In, unknown, Out>,
): Resolver<In, unknown, Out> {
  return async (values, context, options) => {
    try {
      return pick(await loadResolvers())(values, context, options);
    } catch {
      // RHF types root errors per form; this one is shaped like any form's root.server error.
      const errors = {
        root: {
          server: {
            type: 'load',
            message: t`The form could not load its checks (is the connection down?). Copy anything long you typed, then reload the page.`,
          },
        },
      } as unknown as FieldErrors<In>;
      return { values: {}, errors };
    }
  };
}

export const addContactResolver = lazyResolver<AddContactFormInput, AddContactFormOutput>(
  (module) => module.addContactResolver,
);
export const editContactResolver = lazyResolver<ContactDraft, ContactInput>(
  (module) => module.editContactResolver,
);
