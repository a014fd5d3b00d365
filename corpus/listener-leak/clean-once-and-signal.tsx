// Registrations that remove themselves: once, { once: true } and { signal }.
import { useEffect } from 'react';
import { EventEmitter } from 'events';

const updates = new EventEmitter();

export function Banner({ onClose }: { onClose: () => void }) {
  useEffect(() => {
    const controller = new AbortController();
    window.addEventListener('keydown', (e) => e.key === 'Escape' && onClose(), { signal: controller.signal });
    window.addEventListener('focus', () => console.log('focused again'), { once: true });
    updates.once('refresh', () => onClose());
    return () => controller.abort();
  }, [onClose]);
  return <div role="banner" />;
}
