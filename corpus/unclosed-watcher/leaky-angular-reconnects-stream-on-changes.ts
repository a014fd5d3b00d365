// Each change of the input opens a new event stream over the open one; only the last is closed
// when the component goes.
import { Component, Input, OnChanges, OnDestroy } from '@angular/core';

@Component({ selector: 'app-build-log', template: '<pre>{{ lines.join("\\n") }}</pre>' })
export class BuildLogComponent implements OnChanges, OnDestroy {
  @Input() buildId = '';
  lines: string[] = [];
  private source?: EventSource;

  ngOnChanges(): void {
    this.follow();
  }

  ngOnDestroy(): void {
    this.source?.close();
  }

  private follow(): void {
    this.source = new EventSource(`/builds/${this.buildId}/log`); // expect: unclosed-watcher
    this.source.onmessage = (event) => this.lines.push(event.data);
  }
}
