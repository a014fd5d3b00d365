// A composable that follows the page's theme. It disconnects its observer in onDeactivated,
// which Vue calls only for components kept alive; every ordinary unmount leaves the observer
// on <html>, with the component's state in its callback.
import { onDeactivated, onMounted, reactive, readonly } from "vue";

export function useTheme() {
  const theme = reactive({ dark: false });
  let observer: MutationObserver | null = null;

  const read = () => {
    theme.dark = document.documentElement.classList.contains("dark");
  };

  onMounted(() => {
    read();
    observer = new MutationObserver(read); // expect: undisconnected-observer
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  });

  onDeactivated(() => {
    observer?.disconnect();
    observer = null;
  });

  return readonly(theme);
}
