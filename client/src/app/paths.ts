/** Every screen has its own URL, so reload, back and deep links work. */
export const paths = {
  addContact: '/',
  customers: '/customers',
  customer: (customerId: string) => `/customers/${customerId}`,
  newContact: (customerId: string) => `/customers/${customerId}/contacts/new`,
  editContact: (customerId: string, contactId: string) =>
    `/customers/${customerId}/contacts/${contactId}/edit`,
  submissions: '/submissions',
  submission: (submissionId: string) => `/submissions/${submissionId}`,
};
