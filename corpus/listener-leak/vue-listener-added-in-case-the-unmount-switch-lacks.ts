// A toolbar adds keyboard and pointer listeners by input mode. Its unmount removes them case by
// case, but has no case for 'all', so toolbars in that mode leave both on the document.
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
          document.addEventListener('keydown', onKey); // expect: listener-leak
          document.addEventListener('pointerdown', onPointer); // expect: listener-leak
          break;
      }
    });
    onBeforeUnmount(() => {
      switch (props.input) {
        case 'keys':
          document.removeEventListener('keydown', onKey);
          break;
        case 'pointer':
          document.removeEventListener('pointerdown', onPointer);
          break;
      }
    });
    return () => null;
  },
});
