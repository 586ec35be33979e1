import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render';
import { buildSubmission, serveSubmissions } from '../testing/submissions';

describe('the header’s “Not yet in Komet” link', () => {
  it('when nothing of the user’s waits, then there is no link', async () => {
    serveSubmissions([buildSubmission({ username: 'someone-else' })]);
    renderApp('/');
    await within(screen.getByRole('banner')).findByText('· Support');
    expect(screen.queryByRole('link', { name: /not yet in komet/i })).not.toBeInTheDocument();
  });

  it('when the user’s adds wait for Komet, then it counts them without asking for attention', async () => {
    serveSubmissions([
      buildSubmission({ id: '1' }),
      buildSubmission({ id: '2', state: 'sending' }),
    ]);
    renderApp('/');
    const link = await screen.findByRole('link', { name: 'Not yet in Komet (2)' });
    expect(link).toHaveAttribute('href', '/submissions');
    expect(link).not.toHaveTextContent('Needs attention');
  });

  it('when Komet refused one, then the link says it needs attention', async () => {
    serveSubmissions([
      buildSubmission({ id: '1' }),
      buildSubmission({ id: '2', state: 'refused' }),
    ]);
    renderApp('/');
    expect(
      await screen.findByRole('link', { name: /^Not yet in Komet \(2\)\s+Needs attention$/ }),
    ).toBeVisible();
  });
});
