// A Preact tile written with `class=` attributes, as Preact allows: its unmount returns early
// when nothing has loaded yet, before it clears the polling interval.
import { Component } from 'preact';
import { fetchBacklog } from './backlog-api.js';

export class BacklogTile extends Component {
  state = { count: null };

  poll = async () => {
    this.setState({ count: await fetchBacklog(this.props.team) });
  };

  componentDidMount() {
    this.timer = setInterval(this.poll, 10000); // expect: uncleared-interval
  }

  componentWillUnmount() {
    if (this.state.count == null) return;
    localStorage.setItem(`backlog:${this.props.team}`, String(this.state.count));
    clearInterval(this.timer);
  }

  render({ team }, { count }) {
    return (
      <section class="tile">
        <label for={`backlog-${team}`}>{team}</label>
        <output id={`backlog-${team}`} class="tile__value">{count ?? '-'}</output>
      </section>
    );
  }
}
