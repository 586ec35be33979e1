import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Submission } from '@komet-contacts/server/contract';
import { server } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import SubmissionProgress from './submission-progress';

const submission = (overrides: Partial<Submission>): Submission => ({
  id: '12',
  state: 'queued',
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  contact: { name: 'Ana Gómez', type: 'Buyer', emailPOD: false },
  username: 'sally',
  attempts: 1,
  nextAttemptAt: '2026-11-30T10:00:30.000Z',
  createdAt: '2026-11-30T10:00:00.000Z',
  ...overrides,
});

describe('SubmissionProgress', () => {
  it('when the contact reaches Komet while the person waits, then its Komet id appears', async () => {
    let answers = 0;
    server.use(
      http.get('/api/submissions/12', () =>
        HttpResponse.json(
          answers++ === 0
            ? submission({})
            : submission({ state: 'sent', contactId: '4535999', nextAttemptAt: null }),
        ),
      ),
    );
    renderWithProviders(<SubmissionProgress submissionId="12" />);
    expect(await screen.findByText(/Waiting for Komet \(tries so far: 1\)/)).toBeInTheDocument();
    expect(
      await screen.findByText(/Now in Komet: contact id/, {}, { timeout: 5_000 }),
    ).toHaveTextContent('Now in Komet: contact id 4535999.');
  });

  it('when Komet refuses it, then the reason shows with a link to fix it', async () => {
    server.use(
      http.get('/api/submissions/12', () =>
        HttpResponse.json(
          submission({ state: 'refused', message: 'Unknown contact type.', nextAttemptAt: null }),
        ),
      ),
    );
    renderWithProviders(<SubmissionProgress submissionId="12" />);
    expect(await screen.findByText(/Komet refused it: “Unknown contact type”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fix it and send it again' })).toHaveAttribute(
      'href',
      '/submissions/12',
    );
  });
});
