// Keeps the page's theme in sync with the system setting: listeners for the life of the page.
function apply(dark) {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function initThemeSync() {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  apply(media.matches);
  media.addEventListener('change', (event) => apply(event.matches));
  window.addEventListener('storage', (event) => {
    if (event.key === 'theme') apply(event.newValue === 'dark');
  });
}
