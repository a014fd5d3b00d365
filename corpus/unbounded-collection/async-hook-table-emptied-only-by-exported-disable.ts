// The locale context follows each request through its async resources. Its table is emptied
// only by `disable()`, which the application calls when it shuts down: until then every
// promise and timer a request makes keeps an entry.
import { createHook, executionAsyncId } from "node:async_hooks";

const localeByResource = new Map<number, string>(); // expect: unbounded-collection

const hook = createHook({
  init(asyncId: number, _type: string, triggerAsyncId: number) {
    const locale = localeByResource.get(triggerAsyncId);
    if (locale !== undefined) localeByResource.set(asyncId, locale);
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
