// A Next.js route handler for server-sent events: each GET adds a client that holds its
// stream's controller to a module-level Set, and nothing takes it out when the client leaves.
import type { NextRequest } from 'next/server';

type Client = { push(event: string): void };

const clients = new Set<Client>(); // expect: unbounded-collection
const encoder = new TextEncoder();

export function broadcast(event: string): void {
  for (const client of clients) client.push(event);
}

export async function GET(request: NextRequest): Promise<Response> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      clients.add({ push: (event) => controller.enqueue(encoder.encode(`data: ${event}\n\n`)) });
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
}
