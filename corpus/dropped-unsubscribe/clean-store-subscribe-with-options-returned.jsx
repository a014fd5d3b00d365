// The same badge returns the unsubscribe from its effect, so each unmount takes its listener off.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';

export const useInbox = create()(subscribeWithSelector(() => ({ unread: 0 })));

export function InboxBadge() {
  const badge = useRef(null);
  useEffect(
    () =>
      useInbox.subscribe(
        (state) => state.unread,
        (unread) => {
          if (badge.current) badge.current.textContent = String(unread);
        },
        { fireImmediately: true },
      ),
    [],
  );
  return <span ref={badge} />;
}
