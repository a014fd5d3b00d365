// A Vue options component written with `key: function () {}` properties. Its interval is
// cleared in `beforeUnmount` only while live mode is on, so a board unmounted in paused mode
// keeps polling with the whole component in its closure.
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
    this.timer = setInterval(function () { // expect: uncleared-interval
      if (vm.live) vm.refresh();
    }, 10000);
  },
  beforeUnmount: function () {
    if (this.live) {
      clearInterval(this.timer);
    }
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
