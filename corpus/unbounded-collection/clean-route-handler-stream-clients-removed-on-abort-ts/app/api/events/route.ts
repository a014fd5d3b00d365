// A Next.js route handler for server-sent events: each GET adds a client to a module-level
// Set and takes it out when the request is aborted or the stream is cancelled.
import type { NextRequest } from 'next/server';

type Client = { push(event: string): void };

const clients = new Set<Client>();
const encoder = new TextEncoder();

export function broadcast(event: string): void {
  for (const client of clients) client.push(event);
}

export async function GET(request: NextRequest): Promise<Response> {
  let client: Client | null = null;
  const leave = () => {
    if (client) clients.delete(client);
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      client = { push: (event) => controller.enqueue(encoder.encode(`data: ${event}\n\n`)) };
      clients.add(client);
      request.signal.addEventListener('abort', leave, { once: true });
    },
    cancel: leave,
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
}
