import React from 'react';
import { listen, unlisten } from './dom';

export default class Ruler extends React.Component {
  state = { width: window.innerWidth };

  componentDidMount() {
    listen(window, 'resize', this.measure.bind(this));
  }

  componentWillUnmount() {
    unlisten(window, 'resize', this.measure.bind(this)); // expect: listener-removal-mismatch
  }

  measure() {
    this.setState({ width: window.innerWidth });
  }

  render() {
    return <div className="ruler">{this.state.width}px</div>;
  }
}
