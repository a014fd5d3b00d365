// The same hook with a cleanup that removes both listeners; and an effect on a socket it creates
// itself, closed by its cleanup.
import { useEffect, useState } from 'react';

export function useWindowFocus(enabled: boolean): boolean {
  const [focused, setFocused] = useState(true);
  useEffect(() => {
    if (!enabled) {
      return;
    }
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    window.addEventListener('focus', onFocus);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('blur', onBlur);
    };
  }, [enabled]);
  return focused;
}

export function useTicker(url: string): string | null {
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    const socket = new WebSocket(url);
    socket.addEventListener('message', (event) => setLast(String(event.data)));
    return () => socket.close();
  }, [url]);
  return last;
}
