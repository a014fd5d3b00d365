import { defineComponent, h } from 'vue';
import { useDraftAutosave } from './useDraftAutosave';

export default defineComponent({
  props: { threadId: { type: String, required: true } },
  setup(props) {
    const { savedAt } = useDraftAutosave(`comment:${props.threadId}`); // expect: dropped-unsubscribe
    return () => h('small', savedAt.value ? 'Draft saved' : '');
  },
});
