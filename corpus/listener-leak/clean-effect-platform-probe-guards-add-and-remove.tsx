// Safari on macOS needs a keydown listener to track keyboard focus; the effect adds it and its
// cleanup removes it under the same platform test, whose answer never changes.
import { useEffect, useRef } from 'react';

function isMacSafari(): boolean {
  return /^((?!chrome|android).)*safari/i.test(navigator.userAgent) && navigator.platform.startsWith('Mac');
}

export function useKeyboardModality(enabled: boolean) {
  const keyboard = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = () => { keyboard.current = true; };
    if (isMacSafari()) window.addEventListener('keydown', onKeyDown, true);
    return () => {
      if (isMacSafari()) window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [enabled]);
  return keyboard;
}
