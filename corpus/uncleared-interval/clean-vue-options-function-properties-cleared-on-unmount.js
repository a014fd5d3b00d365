// The same board, clearing its interval on every unmount.
import api from './api';

export default {
  name: 'DeparturesBoard',
  props: { stop: String },
  data: function () {
    return { rows: [], live: true, timer: null };
  },
  mounted: function () {
    var vm = this;
    this.refresh();
    this.timer = setInterval(function () {
      if (vm.live) vm.refresh();
    }, 10000);
  },
  beforeUnmount: function () {
    clearInterval(this.timer);
  },
  methods: {
    refresh: function () {
      var vm = this;
      return api.get('/stops/' + vm.stop + '/departures').then(function (res) {
        vm.rows = res.data;
      });
    },
    toggle: function () {
      this.live = !this.live;
    },
  },
};
