// A Preact tile in TSX with `class=` attributes: its unmount clears the polling interval before
// anything that could return early.
import { Component } from 'preact';
import { fetchBacklog } from './backlog-api';

interface Props { team: string }
interface State { count: number | null }

export class BacklogTile extends Component<Props, State> {
  state: State = { count: null };
  private timer?: ReturnType<typeof setInterval>;

  poll = async (): Promise<void> => {
    this.setState({ count: await fetchBacklog(this.props.team) });
  };

  componentDidMount(): void {
    this.timer = setInterval(this.poll, 10000);
  }

  componentWillUnmount(): void {
    clearInterval(this.timer);
    if (this.state.count == null) return;
    localStorage.setItem(`backlog:${this.props.team}`, String(this.state.count));
  }

  render() {
    return <section class="tile"><output class="tile__value">{this.state.count ?? '-'}</output></section>;
  }
}
