import type { Ref } from 'vue';
import { onBeforeUnmount } from 'vue';
import { bindHotkey } from './hotkeys';

interface Grid {
  selectAll(): void;
  copySelection(): void;
}

// Used by the orders page and by the grid inside the quick-view drawer.
export function useGridHotkeys(grid: Ref<Grid | null>): void {
  const unbind = bindHotkey('mod+a', () => grid.value?.selectAll());
  onBeforeUnmount(() => {
    unbind();
  });
}
