import { describe, expect, it } from 'vitest';
import { reportQuery } from './Exports';

describe('reportQuery', () => {
  it('gives the statements and net worth the chosen months', () => {
    expect(reportQuery('income-statement', '2026-01', '2026-11')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(reportQuery('cash-flow', '2025-12', '2026-02')).toEqual({ from: '2025-12', to: '2026-02' });
    expect(reportQuery('net-worth', '2026-01', '2026-06')).toEqual({ from: '2026-01', to: '2026-06' });
  });

  it('gives budget vs actual whole days, to the last day of the last month', () => {
    expect(reportQuery('budget-vs-actual', '2026-01', '2026-02')).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(reportQuery('budget-vs-actual', '2024-02', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(reportQuery('budget-vs-actual', '2026-03', '2026-12')).toEqual({ from: '2026-03-01', to: '2026-12-31' });
  });

  it('asks the investment report for no period', () => {
    expect(reportQuery('investments', '2026-01', '2026-12')).toBeUndefined();
  });
});
