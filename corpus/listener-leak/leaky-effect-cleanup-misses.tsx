// A hook tracks whether the window has focus. Its cleanup removes the blur listener but, by a
// slip, adds the focus listener again: every change of `enabled` leaves two more behind.
import { useEffect, useState } from 'react';

export function useWindowFocus(enabled: boolean): boolean {
  const [focused, setFocused] = useState(true);
  useEffect(() => {
    if (!enabled) {
      return;
    }
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    window.addEventListener('focus', onFocus); // expect: listener-leak
    window.addEventListener('blur', onBlur);
    return () => {
      window.addEventListener('focus', onFocus);
      window.removeEventListener('blur', onBlur);
    };
  }, [enabled]);
  return focused;
}
