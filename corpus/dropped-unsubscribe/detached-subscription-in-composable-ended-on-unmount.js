// The same mirror, kept detached on purpose (it must outlive a route's scope), but the
// composable ends it when the component unmounts.
import { defineComponent, h, onUnmounted } from 'vue';
import { useThemeStore } from './themeStore';

function useThemeMirror(root) {
  const theme = useThemeStore();
  const stop = theme.$subscribe((_m, state) => {
    root.dataset.theme = state.mode;
  }, { detached: true });
  onUnmounted(stop);
  return theme;
}

export default defineComponent({
  setup() {
    const theme = useThemeMirror(document.documentElement);
    return () => h('button', { onClick: () => theme.toggle() }, theme.mode);
  },
});
