import type { ReactNode } from 'react';
import { SimulatorBadge } from '../features/system/components/simulator-badge';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Komet Contacts</span>
        <SimulatorBadge />
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
    </>
  );
}
