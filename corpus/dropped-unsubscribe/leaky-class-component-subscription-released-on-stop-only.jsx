import React from 'react';
import { clock$ } from './clock';

export class Stopwatch extends React.Component {
  state = { elapsed: 0, running: false };

  start = () => {
    this.setState({ running: true });
    this.ticking = clock$.subscribe(() => this.setState((s) => ({ elapsed: s.elapsed + 1 }))); // expect: dropped-unsubscribe
  };

  stop = () => {
    this.setState({ running: false });
    if (this.ticking) this.ticking.unsubscribe();
  };

  componentWillUnmount() {
    document.title = 'Stopwatch';
  }

  render() {
    return <button onClick={this.state.running ? this.stop : this.start}>{this.state.elapsed}s</button>;
  }
}
