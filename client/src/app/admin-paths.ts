/** The admin screens' URLs, apart from paths.ts: only lazily loaded code needs them. */
export const adminPaths = {
  users: '/admin/users',
  audit: '/admin/audit',
  usage: '/admin/usage',
};
