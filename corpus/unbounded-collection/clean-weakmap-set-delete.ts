// The same instrumentation with WeakMap#set: the entry goes with `delete`, or with the span.
type Span = { id: string };

export function instrumentClient(client: { on(event: string, fn: (span: Span, data: object) => void): void }) {
  const spanData = new WeakMap<Span, object>();
  client.on('start', (span, data) => {
    spanData.set(span, data);
  });
  client.on('end', (span) => {
    spanData.delete(span);
  });
}
