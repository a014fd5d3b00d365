import type { Ref } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { bindHotkey } from './hotkeys';

interface Grid {
  selectAll(): void;
  copySelection(): void;
}

// Used by the orders page and by the grid inside the quick-view drawer.
export function useGridHotkeys(grid: Ref<Grid | null>): void {
  const unbind = bindHotkey('mod+a', () => grid.value?.selectAll()); // expect: dropped-unsubscribe
  onBeforeRouteLeave(() => {
    unbind();
  });
}
