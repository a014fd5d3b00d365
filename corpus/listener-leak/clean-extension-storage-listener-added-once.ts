// One storage listener for the whole background page, added at start-up; watch requests only
// record which tab wants which key, in a bounded per-tab table cleared when the tab closes.
declare const browser: any;

const watchers = new Map<number, Set<string>>();

browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
  for (const [tabId, keys] of watchers) {
    for (const key of keys) if (key in changes) browser.tabs.sendMessage(tabId, { key, value: changes[key].newValue });
  }
});

browser.runtime.onMessage.addListener((message: { type: string; key: string }, sender: { tab?: { id?: number } }) => {
  const tabId = sender.tab?.id;
  if (message.type !== 'watch' || tabId === undefined) return;
  const keys = watchers.get(tabId) ?? new Set<string>();
  keys.add(message.key);
  watchers.set(tabId, keys);
});

browser.tabs.onRemoved.addListener((tabId: number) => watchers.delete(tabId));
