// The same toolbar's unmount removes both listeners whatever the mode (removing one that was
// never added does nothing).
import { defineComponent, onBeforeUnmount, onMounted } from 'vue';

export default defineComponent({
  props: { input: { type: String, default: 'keys' } },
  setup(props) {
    const onKey = (e: KeyboardEvent) => console.debug('key', e.key);
    const onPointer = (e: PointerEvent) => console.debug('pointer', e.pointerType);
    onMounted(() => {
      switch (props.input) {
        case 'keys':
          document.addEventListener('keydown', onKey);
          break;
        case 'pointer':
          document.addEventListener('pointerdown', onPointer);
          break;
        case 'all':
          document.addEventListener('keydown', onKey);
          document.addEventListener('pointerdown', onPointer);
          break;
      }
    });
    onBeforeUnmount(() => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    });
    return () => null;
  },
});
