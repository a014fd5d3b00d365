// The memo helper is keyed by a theme the handler has narrowed to its set of known themes, so
// the cache holds three pages at most.
import http from 'node:http';

const pages = new Map<string, string>();
const THEMES = new Set(['light', 'dark', 'high-contrast']);

function memo(key: string, render: () => string): string {
  let html = pages.get(key);
  if (html === undefined) {
    html = render();
    pages.set(key, html);
  }
  return html;
}

http.createServer((req, res) => {
  const requested = new URL(req.url ?? '/', 'http://localhost').searchParams.get('theme') ?? 'light';
  const theme = THEMES.has(requested) ? requested : 'light';
  res.end(memo(theme, () => `<html data-theme="${theme}"></html>`));
}).listen(3900);
