import React from 'react';

function listenResize(onResize) {
  window.addEventListener('resize', onResize);
}

function stopListeningResize(onResize) {
  window.removeEventListener('resize', onResize);
}

export default class ChartPanel extends React.Component {
  state = { width: 0 };

  componentDidMount() {
    listenResize(this.measure.bind(this));
  }

  componentWillUnmount() {
    stopListeningResize(this.measure.bind(this)); // expect: listener-removal-mismatch
  }

  measure() {
    if (this.root) this.setState({ width: this.root.clientWidth });
  }

  render() {
    return <div ref={(el) => { this.root = el; }} style={{ width: '100%' }}>{this.state.width}px</div>;
  }
}
