// A fetch wrapper forwards the caller's signal and also listens on it to log aborts, once per
// request, never removing the listener.
async function fetchWithLog(url, { signal } = {}) {
  signal.addEventListener('abort', () => console.log('aborted', url)); // expect: listener-leak
  const response = await fetch(url, { signal });
  return response.json();
}

module.exports = fetchWithLog;
