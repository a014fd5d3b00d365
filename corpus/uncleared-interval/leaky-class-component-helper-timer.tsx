// A ticker starts its refresh through a small helper in componentDidMount and keeps the
// handle, but nothing ever clears it: each mount adds a timer that outlives the component.
import React from 'react';

const every = (ms: number, fn: () => void): number => window.setInterval(fn, ms);

export default class Ticker extends React.Component<{ symbol: string }, { price: number }> {
  state = { price: 0 };
  private timer?: number;

  componentDidMount() {
    this.timer = every(15_000, () => this.load()); // expect: uncleared-interval
  }

  load = async () => {
    const res = await fetch(`/api/quotes/${this.props.symbol}`);
    this.setState({ price: (await res.json()).price });
  };

  render() {
    return <span>{this.state.price}</span>;
  }
}
