// Options handed to `defineComponent` are a component's, whatever keys they have: every mount
// adds a resize listener that no `unmounted()` takes off.
import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { width: 0 };
  },
  mounted() {
    this.onResize = () => { this.width = window.innerWidth; };
    window.addEventListener('resize', this.onResize); // expect: listener-leak
  },
});
