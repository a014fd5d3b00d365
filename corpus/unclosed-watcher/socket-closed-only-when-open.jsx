import React from 'react';

export class OrderBook extends React.Component {
  state = { levels: [] };

  componentDidMount() {
    const ws = new WebSocket(`${this.props.feedUrl}/book/${this.props.market}`); // expect: unclosed-watcher
    ws.onmessage = (event) => this.setState({ levels: JSON.parse(event.data) });
    this.ws = ws;
  }

  componentWillUnmount() {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.close();
    }
  }

  render() {
    return <ol>{this.state.levels.map((l) => <li key={l.price}>{l.price} × {l.size}</li>)}</ol>;
  }
}
