// The search box focuses itself on '/', binding the hotkey when it mounts and dropping the
// function that would unbind it: every unmounted box stays bound, and its props with it.
import { defineComponent, h, onMounted, ref } from "vue";
import { bindHotkey } from "./hotkeys";

export default defineComponent({
  props: { placeholder: { type: String, default: "Search" } },
  setup(props) {
    const input = ref<HTMLInputElement | null>(null);
    onMounted(() => {
      bindHotkey("/", () => input.value?.focus()); // expect: dropped-unsubscribe
    });
    return () => h("input", { ref: input, placeholder: props.placeholder });
  },
});
