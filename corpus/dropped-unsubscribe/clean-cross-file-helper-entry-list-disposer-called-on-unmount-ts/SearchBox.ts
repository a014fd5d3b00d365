// The search box focuses itself on '/', binding the hotkey when it mounts and unbinding it
// when it unmounts.
import { defineComponent, h, onMounted, onUnmounted, ref } from "vue";
import { bindHotkey } from "./hotkeys";

export default defineComponent({
  props: { placeholder: { type: String, default: "Search" } },
  setup(props) {
    const input = ref<HTMLInputElement | null>(null);
    let unbind: (() => void) | undefined;
    onMounted(() => {
      unbind = bindHotkey("/", () => input.value?.focus());
    });
    onUnmounted(() => unbind?.());
    return () => h("input", { ref: input, placeholder: props.placeholder });
  },
});
