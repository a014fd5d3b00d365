import { Component, OnInit, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { combineLatest } from 'rxjs';
import { selectTheme, selectUser } from '../state/session.selectors';

@Component({ selector: 'app-header', standalone: true, template: '<header>{{ title }}</header>' })
export class HeaderComponent implements OnInit {
  private readonly store = inject(Store);
  title = '';

  ngOnInit(): void {
    combineLatest([this.store.select(selectUser), this.store.select(selectTheme)]).subscribe(([user, theme]) => { // expect: dropped-unsubscribe
      this.title = `${user?.name ?? 'Guest'} (${theme})`;
    });
  }
}
