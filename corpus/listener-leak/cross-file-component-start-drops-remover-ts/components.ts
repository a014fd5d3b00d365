// Component starts that call the helper: the first two drop its remover, so every mount (or
// every connect) leaves a window listener holding the component; the third keeps the remover
// and calls it when the component goes away.
import { onMounted, onUnmounted, ref, Ref } from 'vue';
import { listen } from './listen';

export function useScrollY(): Ref<number> {
  const y = ref(0);
  onMounted(() => {
    listen('scroll', () => (y.value = window.scrollY)); // expect: listener-leak
  });
  return y;
}

export class ScrollProgress extends HTMLElement {
  connectedCallback(): void {
    listen('resize', () => { // expect: listener-leak
      this.style.width = `${window.innerWidth}px`;
    });
  }
}

export function useWidth(): Ref<number> {
  const width = ref(window.innerWidth);
  let stop: (() => void) | undefined;
  onMounted(() => {
    stop = listen('resize', () => (width.value = window.innerWidth));
  });
  onUnmounted(() => stop?.());
  return width;
}
