// The same badge returns the cleanup on every path, the early one included.
import { useEffect, useState } from 'react';

export function UnreadBadge({ panelId }: { panelId: string }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => {
      const panel = document.getElementById(panelId);
      setUnread(panel ? panel.querySelectorAll('.unread').length : 0);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = () => observer.disconnect();
    const panel = document.getElementById(panelId);
    if (!panel) return stop;
    setUnread(panel.querySelectorAll('.unread').length);
    return stop;
  }, [panelId]);
  return <span>{unread}</span>;
}
