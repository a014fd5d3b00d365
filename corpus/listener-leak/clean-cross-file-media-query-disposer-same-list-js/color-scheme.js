// Follows the operating system's light/dark setting.
const DARK = '(prefers-color-scheme: dark)';

export function followColorScheme(apply) {
  const query = window.matchMedia(DARK);
  const listener = (event) => apply(event.matches ? 'dark' : 'light');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
