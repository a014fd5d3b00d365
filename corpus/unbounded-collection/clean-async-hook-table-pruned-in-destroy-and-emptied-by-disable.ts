// The locale context follows each request through its async resources. Each entry leaves
// with its resource, in `destroy`; `disable()` empties what is left when the app shuts down.
import { createHook, executionAsyncId } from "node:async_hooks";

const localeByResource = new Map<number, string>();

const hook = createHook({
  init(asyncId: number, _type: string, triggerAsyncId: number) {
    const locale = localeByResource.get(triggerAsyncId);
    if (locale !== undefined) localeByResource.set(asyncId, locale);
  },
  destroy(asyncId: number) {
    localeByResource.delete(asyncId);
  },
});

export function enable(): void {
  hook.enable();
}

export function disable(): void {
  hook.disable();
  localeByResource.clear();
}

export function setLocale(locale: string): void {
  localeByResource.set(executionAsyncId(), locale);
}

export function currentLocale(): string | undefined {
  return localeByResource.get(executionAsyncId());
}
