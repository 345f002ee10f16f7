import { describe, expect, it } from 'vitest';
import { Submission, checkAmount, checkDate, errorsOf } from './forms';
import { ApiError, ServiceUnavailableError } from './api/problem';

describe('Submission', () => {
  it('sends a double click once', async () => {
    const s = new Submission();
    let calls = 0;
    let release!: () => void;
    const send = () => { calls++; return new Promise<string>((ok) => { release = () => ok('created'); }); };
    const first = s.run(send);
    const second = await s.run(send);
    release();
    expect(second).toEqual({ done: false });
    expect(await first).toEqual({ done: true, value: 'created' });
    expect(calls).toBe(1);
  });

  it('reuses the key when the outcome is unknown and renews it after an answer', async () => {
    const s = new Submission();
    const keys: string[] = [];
    await expect(s.run(async (k) => { keys.push(k); throw new ServiceUnavailableError('finance-service'); })).rejects.toThrow();
    await s.run(async (k) => { keys.push(k); return 1; });
    await expect(s.run(async (k) => { keys.push(k); throw new ApiError(400, { code: 'validation_failed' }); })).rejects.toThrow();
    await s.run(async (k) => { keys.push(k); return 2; });
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[1]);
    expect(keys[3]).not.toBe(keys[2]);
  });
});

describe('checks', () => {
  it('accepts decimal strings and refuses the rest with a message', () => {
    expect(checkAmount('12.50')).toBeUndefined();
    expect(checkAmount('')).toBe('Enter an amount');
    expect(checkAmount('0')).toBe('Enter an amount above zero');
    expect(checkAmount('-3')).toMatch(/number/);
    expect(checkAmount('1,5')).toMatch(/number/);
    expect(checkAmount('1.123456')).toMatch(/decimal places/);
    expect(checkDate('2026-02-30')).toBeUndefined(); // the service judges the calendar
    expect(checkDate('1800-01-01')).toMatch(/1900/);
  });

  it('puts a problem’s field errors at their fields', () => {
    const e = new ApiError(400, { code: 'validation_failed', detail: 'Invalid request', errors: [{ field: 'amount', message: 'must be greater than 0' }] });
    expect(errorsOf(e)).toEqual({ amount: 'must be greater than 0', _form: 'Invalid request' });
  });
});
