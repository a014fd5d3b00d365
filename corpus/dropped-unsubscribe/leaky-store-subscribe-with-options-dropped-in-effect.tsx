// The badge subscribes to a slice of the module's store with an options argument after the
// listener, and the effect's block body drops the unsubscribe it returns: one listener per mount.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';

export const useInbox = create<{ unread: number }>()(subscribeWithSelector(() => ({ unread: 0 })));

export function InboxBadge() {
  const badge = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    useInbox.subscribe( // expect: dropped-unsubscribe
      (state) => state.unread,
      (unread) => {
        if (badge.current) badge.current.textContent = String(unread);
      },
      { fireImmediately: true },
    );
  }, []);
  return <span ref={badge} />;
}
