// A theme store written by hand: subscribe hands back the remover, and the effect drops it,
// so every mount leaves its setter in the Set.
import { useEffect, useState } from 'react';

const themeListeners = new Set();
let theme = 'light';

export function onThemeChange(listener) {
  themeListeners.add(listener);
  return function unlisten() {
    themeListeners.delete(listener);
  };
}

export function setTheme(next) {
  theme = next;
  themeListeners.forEach((listener) => listener(next));
}

export function ThemeBadge() {
  const [current, setCurrent] = useState(theme);
  useEffect(() => {
    onThemeChange(setCurrent); // expect: dropped-unsubscribe
  }, []);
  return <span className={`badge-${current}`}>{current}</span>;
}
