import { AddContactPage } from './add-contact-page';
import { Layout } from './layout';
import { Providers } from './providers';

export function App() {
  return (
    <Providers>
      <Layout>
        <AddContactPage />
      </Layout>
    </Providers>
  );
}
