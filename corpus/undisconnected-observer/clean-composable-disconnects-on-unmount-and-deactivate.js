// The same composable, which disconnects when the component unmounts (and when a kept-alive
// one is deactivated, reconnecting when it comes back).
import { onActivated, onDeactivated, onMounted, onUnmounted, reactive, readonly } from 'vue';

export function useTheme() {
  const theme = reactive({ dark: false });
  let observer = null;

  const read = () => {
    theme.dark = document.documentElement.classList.contains('dark');
  };
  const connect = () => {
    if (observer) return;
    observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  };
  const disconnect = () => {
    if (observer) observer.disconnect();
    observer = null;
  };

  onMounted(() => {
    read();
    connect();
  });
  onActivated(connect);
  onDeactivated(disconnect);
  onUnmounted(disconnect);

  return readonly(theme);
}
