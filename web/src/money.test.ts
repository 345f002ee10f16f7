import { describe, expect, it } from 'vitest';
import { formatMoney, roundHalfUp, formatDecimal, isDecimal } from './money';

describe('formatMoney', () => {
  it('shows a 20-digit amount exactly, where a float would lose the cents', () => {
    expect(formatMoney('12345678901234567890.125', 'USD', { locale: 'en-US' })).toBe('$12,345,678,901,234,567,890.13');
    expect(Number('12345678901234567890.125').toFixed(2)).not.toBe('12345678901234567890.13');
  });

  it('agrees with Intl string input for ordinary and awkward amounts', () => {
    const cases: [string, string, string][] = [
      ['1250.5', 'INR', 'en-IN'], ['0.005', 'USD', 'en-US'], ['1.005', 'USD', 'en-US'],
      ['999.995', 'EUR', 'fr-FR'], ['-1234567.891', 'JPY', 'ja-JP'], ['1.2345', 'BHD', 'ar-BH'], ['0', 'GBP', 'en-GB'],
      ['100000', 'INR', 'en-IN'], ['-5', 'CHF', 'de-CH'], ['7.999', 'USD', 'en-US'],
    ];
    for (const [amount, currency, locale] of cases) {
      const expected = new Intl.NumberFormat(locale, { style: 'currency', currency })
        .format(amount as unknown as number); // Intl.NumberFormat v3: a string is an exact decimal
      expect(formatMoney(amount, currency, { locale }), `${amount} ${currency} ${locale}`).toBe(expected);
    }
  });

  it('uses the currency minor units: none for JPY, three for BHD, and the API value for BTC', () => {
    expect(formatMoney('1234.5', 'JPY', { locale: 'en-US' })).toBe('¥1,235');
    expect(formatMoney('1.2345', 'BHD', { locale: 'en-US' })).toBe('BHD\u00a01.235');
    expect(formatMoney('0.123456789', 'BTC', { locale: 'en-US', minorUnits: 8 })).toBe('BTC\u00a00.12345679');
  });

  it('groups the Indian way in en-IN and keeps a negative sign on a small negative, but never shows -0.00 as Intl would', () => {
    expect(formatMoney('12345678.9', 'INR', { locale: 'en-IN' })).toBe('₹1,23,45,678.90');
    expect(formatMoney('-0.5', 'USD', { locale: 'en-US' })).toBe('-$0.50');
    expect(formatMoney('-0.001', 'USD', { locale: 'en-US' })).toBe('$0.00');
  });

  it('shows a dash for a missing amount and refuses a non-decimal', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(() => formatMoney('1e5', 'USD')).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('rounds on the digits, carrying through nines', () => {
    expect(roundHalfUp('9.995', 2)).toEqual({ negative: false, integer: '10', fraction: '00' });
    expect(roundHalfUp('-2.5', 0)).toEqual({ negative: true, integer: '3', fraction: '' });
    expect(roundHalfUp('0.004', 2)).toEqual({ negative: false, integer: '0', fraction: '00' });
  });
});

describe('decimals', () => {
  it('formats quantities exactly and validates input', () => {
    expect(formatDecimal('1234567.1234500', 'en-US')).toBe('1,234,567.12345');
    expect(isDecimal('12.50')).toBe(true);
    expect(isDecimal('12,50')).toBe(false);
  });
});
