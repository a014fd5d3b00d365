// A SvelteKit-style endpoint: the exported POST handler keeps only the last hundred bodies.
const received = [];

export async function POST({ request }) {
  const body = await request.json();
  received.push({ at: Date.now(), body });
  if (received.length > 100) received.shift();
  return new Response(JSON.stringify({ ok: true, count: received.length }));
}
