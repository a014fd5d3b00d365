import { onBeforeUnmount, onMounted, ref } from 'vue';

// One IntersectionObserver for every lazy panel; each element maps to what it should do.
const onVisible = new Map();
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) onVisible.get(entry.target)?.();
  }
}, { rootMargin: '200px' });

export function watchVisibility(element, callback) {
  onVisible.set(element, callback);
  observer.observe(element);
}

export function unwatchVisibility(element) {
  onVisible.delete(element);
  observer.unobserve(element);
}

export function useLazyPanel(load) {
  const root = ref(null);
  const content = ref(null);
  onMounted(() => {
    watchVisibility(root.value, async () => {
      content.value = await load();
    });
  });
  onBeforeUnmount(() => unwatchVisibility(root.value));
  return { root, content };
}
