// An arrow class field is created once per instance: add and remove share it.
import { Component } from 'react';

export class Clock extends Component<{}, { now: number }> {
  state = { now: Date.now() };

  private onVisibility = () => this.setState({ now: Date.now() });

  componentDidMount(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  componentWillUnmount(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  render() {
    return <time>{this.state.now}</time>;
  }
}
