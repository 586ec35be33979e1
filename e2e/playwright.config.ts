import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { storageStateFor } from './roles';
import { BUNDLE_SENTINEL } from './sentinel';

const PORT = 4183;

// Playwright's own Chromium when it is installed; otherwise the system's (Debian's package),
// since `npx playwright install` cannot download on machines without internet access.
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = !existsSync(chromium.executablePath()) && existsSync(SYSTEM_CHROMIUM);

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: useSystemChromium
    ? {
        executablePath: SYSTEM_CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }
    : {},
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '../test-results/playwright.json' }]]
    : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'setup', testDir: '.', testMatch: /auth\.setup\.ts/, use: browser },
    {
      name: 'chromium',
      dependencies: ['setup'],
      // Specs run as support staff unless they say otherwise (test.use({ storageState })).
      use: { ...browser, storageState: storageStateFor('support') },
    },
  ],
  webServer: {
    // The client is built with a sentinel token in the environment, so a leak into the bundle
    // would show; the server then runs without a token, on the built-in simulator. The type
    // Logistics is configured here but not registered in the simulated Komet, to exercise refusals.
    // Each run starts from an empty database, so the simulator's demo users are created afresh.
    command: `rm -rf test-results/e2e-data && KOMET_API_TOKEN=${BUNDLE_SENTINEL} npm run build && KOMET_API_TOKEN= npm start`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Specs share the simulator's in-memory data: every run starts from the seed.
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CONTACT_TYPES: 'A/P,Buyer,Logistics',
      LOG_LEVEL: 'silent',
      DATA_DIR: 'test-results/e2e-data',
      // An add kept during a simulated outage goes out within seconds of Komet's return.
      OUTBOX_RETRY_SECONDS: '1',
    },
  },
});
