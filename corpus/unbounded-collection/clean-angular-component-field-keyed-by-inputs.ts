// A component's own table, filled once per member it is given: the component is made and
// dropped with its view, so the table goes with it.
import { Component, Input, OnInit } from '@angular/core';
import { Observable } from 'rxjs';

export interface StatusSource {
  statusOf(id: string): Observable<string>;
}

@Component({ selector: 'app-members', template: '<li *ngFor="let id of ids">{{ statuses[id] }}</li>' })
export class MembersComponent implements OnInit {
  @Input() ids: string[] = [];
  @Input() source!: StatusSource;
  statuses: Record<string, string> = {};

  ngOnInit(): void {
    for (const id of this.ids) {
      this.source.statusOf(id).subscribe((status) => {
        this.statuses[id] = status;
      });
    }
  }
}
