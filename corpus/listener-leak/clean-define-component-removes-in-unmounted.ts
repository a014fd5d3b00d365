// The same component takes its listener off in `unmounted()`.
import { defineComponent } from 'vue';

export default defineComponent({
  data() {
    return { width: 0, onResize: null as null | (() => void) };
  },
  mounted() {
    this.onResize = () => { this.width = window.innerWidth; };
    window.addEventListener('resize', this.onResize);
  },
  unmounted() {
    if (this.onResize) window.removeEventListener('resize', this.onResize);
  },
});
