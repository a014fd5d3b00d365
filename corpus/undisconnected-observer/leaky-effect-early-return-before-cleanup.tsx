// The observer starts before the effect checks for its panel; when the panel is missing the
// effect returns early, with no cleanup, and the observer watches the body for good.
import { useEffect, useState } from 'react';

export function UnreadBadge({ panelId }: { panelId: string }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => { // expect: undisconnected-observer
      const panel = document.getElementById(panelId);
      setUnread(panel ? panel.querySelectorAll('.unread').length : 0);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const panel = document.getElementById(panelId);
    if (!panel) return;
    setUnread(panel.querySelectorAll('.unread').length);
    return () => observer.disconnect();
  }, [panelId]);
  return <span>{unread}</span>;
}
