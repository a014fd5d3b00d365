// A route handler listens for its own request's abort: that signal belongs to one request and
// goes with it.
export async function GET(request) {
  const upstream = new AbortController();
  request.signal.addEventListener('abort', () => upstream.abort(), { once: true });
  const reply = await fetch('https://feed.internal/latest', { signal: upstream.signal });
  return new Response(reply.body);
}
