// A tracing helper copies the active span to every async resource in `init`; its `destroy`
// hook deletes by the id it is handed, the id of the resource that is gone.
import { createHook, executionAsyncId } from "node:async_hooks";

interface SpanRef {
  traceId: string;
  spanId: string;
}

const spanByResource = new Map<number, SpanRef>();

createHook({
  init(asyncId: number, _type: string, triggerAsyncId: number) {
    const span = spanByResource.get(triggerAsyncId);
    if (span) spanByResource.set(asyncId, span);
  },
  destroy(asyncId: number) {
    spanByResource.delete(asyncId);
  },
}).enable();

export function activate(span: SpanRef): void {
  spanByResource.set(executionAsyncId(), span);
}

export function activeSpan(): SpanRef | undefined {
  return spanByResource.get(executionAsyncId());
}
