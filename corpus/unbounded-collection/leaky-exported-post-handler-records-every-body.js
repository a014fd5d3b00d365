// A SvelteKit-style endpoint: the exported POST handler keeps every request's body in a
// module-level array that nothing trims.
const received = []; // expect: unbounded-collection

export async function POST({ request }) {
  const body = await request.json();
  received.push({ at: Date.now(), body });
  return new Response(JSON.stringify({ ok: true, count: received.length }));
}
