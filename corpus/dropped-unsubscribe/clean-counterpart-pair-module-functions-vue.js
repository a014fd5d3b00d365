import { onMounted, onUnmounted, ref } from 'vue';

// Listeners for the theme toggle in the header, shared by every widget on the page.
const themeWatchers = [];
let current = localStorage.getItem('theme') || 'light';

export function addThemeWatcher(watcher) {
  themeWatchers.push(watcher);
}

export function removeThemeWatcher(watcher) {
  const index = themeWatchers.indexOf(watcher);
  if (index >= 0) themeWatchers.splice(index, 1);
}

export function setTheme(theme) {
  current = theme;
  themeWatchers.forEach((watcher) => watcher(theme));
}

export function useThemedPalette(palettes) {
  const palette = ref(palettes[current]);
  const refresh = (theme) => {
    palette.value = palettes[theme];
  };
  onMounted(() => {
    addThemeWatcher(refresh);
  });
  onUnmounted(() => removeThemeWatcher(refresh));
  return palette;
}
