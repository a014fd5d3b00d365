// A route handler listens for the process-wide shutdown signal on every request and never
// takes the listener off, so each request leaves one (and its controller) until shutdown.
const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export async function GET(request: Request): Promise<Response> {
  const upstream = new AbortController();
  shutdown.signal.addEventListener('abort', () => upstream.abort(), { once: true }); // expect: listener-leak
  const reply = await fetch(`https://feed.internal/latest?since=${new URL(request.url).searchParams.get('since')}`, { signal: upstream.signal });
  return new Response(reply.body);
}
