// Background script: every popup that connects adds a tab-update listener to stream the
// active tab's title; the port's disconnect removes nothing, so each popup ever opened keeps one.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'popup') return;
  const onUpdated = (tabId, changeInfo, tab) => {
    if (changeInfo.title) port.postMessage({ tabId, title: tab.title });
  };
  chrome.tabs.onUpdated.addListener(onUpdated); // expect: listener-leak
  port.onDisconnect.addListener(() => console.debug('popup closed'));
});
