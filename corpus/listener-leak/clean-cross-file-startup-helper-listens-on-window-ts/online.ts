// Mirrors the browser's connectivity into a class on <html>, for the page's whole life.
export function watchConnectivity(): void {
  const update = () => document.documentElement.classList.toggle('offline', !navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}
