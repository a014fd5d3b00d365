// Each 'watch' request from a content script adds a storage listener that answers that tab;
// nothing removes it, so the background page keeps one per request (and the tab ids with it).
declare const browser: any;

browser.runtime.onMessage.addListener((message: { type: string; key: string }, sender: { tab?: { id?: number } }) => {
  if (message.type !== 'watch') return;
  const tabId = sender.tab?.id;
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (tabId !== undefined && message.key in changes) browser.tabs.sendMessage(tabId, { key: message.key, value: changes[message.key].newValue });
  };
  browser.storage.onChanged.addListener(onChanged); // expect: listener-leak
});
