/** Present in the environment while the client is built for e2e; must appear in no asset. */
export const BUNDLE_SENTINEL = 'e2e-sentinel-komet-token-3b9d1c7a';

/** A test user's password (secrets.spec.ts): must appear in no asset and no response body. */
export const PASSWORD_SENTINEL = 'e2e-sentinel-password-8e4f2a61';
