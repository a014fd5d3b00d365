// The same pill ends its store subscription before the switch, in every mode.
import React from 'react';
import { store } from './store';

export default class StatusPill extends React.Component {
  state = { status: 'unknown' };

  componentDidMount() {
    this.stopStore = store.subscribe(() => this.setState({ status: store.getState().status }));
    if (this.props.mode === 'live') this.timer = setInterval(() => store.dispatch({ type: 'status/poll' }), 10000);
  }

  componentWillUnmount() {
    this.stopStore();
    switch (this.props.mode) {
      case 'live':
        clearInterval(this.timer);
        break;
      default:
        break;
    }
  }

  render() {
    return <span className={`pill pill--${this.state.status}`}>{this.state.status}</span>;
  }
}
