// Follows the operating system's light/dark setting.
const DARK = '(prefers-color-scheme: dark)';

export function followColorScheme(apply) {
  const listener = (event) => apply(event.matches ? 'dark' : 'light');
  window.matchMedia(DARK).addEventListener('change', listener);
  return () => window.matchMedia(DARK).removeEventListener('change', listener);
}
