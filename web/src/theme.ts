/** Light, dark, or the system's choice (prefers-color-scheme), remembered per browser. */
export type Theme = 'light' | 'dark' | 'system';
const KEY = 'finsuite.theme';

export function currentTheme(): Theme {
  const t = localStorage.getItem(KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') {
    delete document.documentElement.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }
}

export function initTheme(): void {
  applyTheme(currentTheme());
}
