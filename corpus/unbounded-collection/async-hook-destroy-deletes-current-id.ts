// A tracing helper copies the active span to every async resource in `init`. Its `destroy`
// hook runs with the id of the resource that is gone, but deletes by the id of whatever is
// executing at that moment: the entries made in `init` are never the ones removed.
import { createHook, executionAsyncId } from "node:async_hooks";

interface SpanRef {
  traceId: string;
  spanId: string;
}

const spanByResource = new Map<number, SpanRef>(); // expect: unbounded-collection

createHook({
  init(asyncId: number, _type: string, triggerAsyncId: number) {
    const span = spanByResource.get(triggerAsyncId);
    if (span) spanByResource.set(asyncId, span);
  },
  destroy(asyncId: number) {
    const running = executionAsyncId();
    spanByResource.delete(running);
  },
}).enable();

export function activate(span: SpanRef): void {
  spanByResource.set(executionAsyncId(), span);
}

export function activeSpan(): SpanRef | undefined {
  return spanByResource.get(executionAsyncId());
}
