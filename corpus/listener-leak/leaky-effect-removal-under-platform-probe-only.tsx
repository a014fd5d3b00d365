// The effect adds the keydown listener on every platform but its cleanup removes it only on
// macOS Safari: everywhere else each mount leaves one on window.
import { useEffect, useRef } from 'react';

function isMacSafari(): boolean {
  return /^((?!chrome|android).)*safari/i.test(navigator.userAgent) && navigator.platform.startsWith('Mac');
}

export function useKeyboardModality(enabled: boolean) {
  const keyboard = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = () => { keyboard.current = true; };
    window.addEventListener('keydown', onKeyDown, true); // expect: listener-leak
    return () => {
      if (isMacSafari()) window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [enabled]);
  return keyboard;
}
