// Background script: every popup that connects adds a tab-update listener, and its port's
// disconnect takes that listener off again.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'popup') return;
  const onUpdated = (tabId, changeInfo, tab) => {
    if (changeInfo.title) port.postMessage({ tabId, title: tab.title });
  };
  chrome.tabs.onUpdated.addListener(onUpdated);
  port.onDisconnect.addListener(() => chrome.tabs.onUpdated.removeListener(onUpdated));
});
