// A defineComponent component that starts its Vue watcher in setup: the component's scope stops
// it when the component unmounts.
import { defineComponent, watch } from 'vue';
import { drafts, save } from '../stores/drafts';

export default defineComponent({
  props: { documentId: { type: String, required: true } },
  setup(props) {
    watch(() => drafts[props.documentId], () => save(props.documentId), { deep: true });
    return {};
  },
});
