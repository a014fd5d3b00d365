// A composable and the component that uses it, in one file: the theme store's changes are
// mirrored onto the document, detached from the component that asked.
import { defineComponent, h } from 'vue';
import { useThemeStore } from './themeStore';

function useThemeMirror(root) {
  const theme = useThemeStore();
  theme.$subscribe((_m, state) => {
    root.dataset.theme = state.mode;
  }, { detached: true });
  return theme;
}

export default defineComponent({
  setup() {
    const theme = useThemeMirror(document.documentElement); // expect: dropped-unsubscribe
    return () => h('button', { onClick: () => theme.toggle() }, theme.mode);
  },
});
