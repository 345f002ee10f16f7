import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api } from './api/client';
import { ApiError } from './api/problem';
import { CreateForm, type FieldSpec } from './resource';

const fields: FieldSpec[] = [
  { name: 'amount', label: 'Amount', kind: 'amount', required: true },
  { name: 'currency', label: 'Currency', kind: 'currency', required: true },
];

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe('CreateForm', () => {
  it('checks the amount before sending anything', async () => {
    const request = vi.spyOn(api, 'request');
    render(<CreateForm path="/api/v1/expenses" fields={fields} initial={{ amount: '12,5', currency: 'EUR' }} submitLabel="Add" label="Add expense" onCreated={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Enter a number such as 1250.50')).toBeTruthy();
    expect(screen.getByLabelText('Amount').getAttribute('aria-invalid')).toBe('true');
    expect(request).not.toHaveBeenCalled();
  });

  it('sends a double click once, as a decimal string with an Idempotency-Key', async () => {
    let resolve!: (v: unknown) => void;
    const request = vi.spyOn(api, 'request').mockImplementation(() => new Promise((ok) => { resolve = ok; }) as never);
    const created = vi.fn();
    render(<CreateForm path="/api/v1/expenses" fields={fields} initial={{ amount: '1250.50', currency: 'eur' }} submitLabel="Add" label="Add expense" onCreated={created} />);
    const button = screen.getByRole('button', { name: 'Add' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    const [method, path, options] = request.mock.calls[0];
    expect([method, path]).toEqual(['POST', '/api/v1/expenses']);
    expect(options?.body).toEqual({ amount: '1250.50', currency: 'EUR' });
    expect(options?.idempotencyKey).toMatch(/.{8,}/);
    resolve({ status: 201, data: { id: 'x' }, etag: null, headers: new Headers() });
    await waitFor(() => expect(created).toHaveBeenCalledWith({ id: 'x' }));
  });

  it('shows the service’s field errors at their fields', async () => {
    vi.spyOn(api, 'request').mockRejectedValue(new ApiError(400, { code: 'validation_failed', detail: 'Invalid request',
      errors: [{ field: 'currency', message: 'is not an active currency' }] }));
    render(<CreateForm path="/api/v1/expenses" fields={fields} initial={{ amount: '5', currency: 'ZZZ' }} submitLabel="Add" label="Add expense" onCreated={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('is not an active currency')).toBeTruthy();
    expect(screen.getByLabelText('Currency').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Invalid request');
  });
});
