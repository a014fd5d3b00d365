// A tooltip listens for scrolls on the window while mounted, to reposition itself. Its unmount
// removes the resize listener but adds the scroll one again instead of removing it: every
// tooltip ever shown stays reachable from the window.
import React from 'react';

export default class Tooltip extends React.Component {
  onScroll = () => this.reposition();
  onResize = () => this.reposition();

  componentDidMount() {
    window.addEventListener('scroll', this.onScroll, true); // expect: listener-leak
    window.addEventListener('resize', this.onResize);
  }

  componentWillUnmount() {
    window.addEventListener('scroll', this.onScroll, true);
    window.removeEventListener('resize', this.onResize);
  }

  reposition() {
    this.setState({ at: Date.now() });
  }

  render() {
    return <div className="tooltip">{this.props.children}</div>;
  }
}
