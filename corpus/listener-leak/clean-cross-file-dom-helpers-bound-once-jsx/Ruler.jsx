import React from 'react';
import { listen, unlisten } from './dom';

export default class Ruler extends React.Component {
  state = { width: window.innerWidth };

  constructor(props) {
    super(props);
    this.measure = this.measure.bind(this);
  }

  componentDidMount() {
    listen(window, 'resize', this.measure);
  }

  componentWillUnmount() {
    unlisten(window, 'resize', this.measure);
  }

  measure() {
    this.setState({ width: window.innerWidth });
  }

  render() {
    return <div className="ruler">{this.state.width}px</div>;
  }
}
