// The same store, with the effect handing the remover back to React as its cleanup.
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
  useEffect(() => onThemeChange(setCurrent), []);
  return <span className={`badge-${current}`}>{current}</span>;
}
