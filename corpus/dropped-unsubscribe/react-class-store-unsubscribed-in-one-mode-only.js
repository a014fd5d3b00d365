// A status pill subscribes to the app store on every mount, whatever its mode, but its unmount
// ends that subscription only in the 'live' case of its switch: pills in 'static' mode stay
// subscribed after they are gone.
import React from 'react';
import { store } from './store';

export default class StatusPill extends React.Component {
  state = { status: 'unknown' };

  componentDidMount() {
    this.stopStore = store.subscribe(() => this.setState({ status: store.getState().status })); // expect: dropped-unsubscribe
    if (this.props.mode === 'live') this.timer = setInterval(() => store.dispatch({ type: 'status/poll' }), 10000);
  }

  componentWillUnmount() {
    switch (this.props.mode) {
      case 'live':
        clearInterval(this.timer);
        this.stopStore();
        break;
      default:
        break;
    }
  }

  render() {
    return <span className={`pill pill--${this.state.status}`}>{this.state.status}</span>;
  }
}
