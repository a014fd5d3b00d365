import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { Store } from '@ngrx/store';
import { switchMap } from 'rxjs';
import { selectProjectById } from '../state/projects.selectors';

@Component({ selector: 'app-project', standalone: true, template: '<h1>{{ name }}</h1>' })
export class ProjectComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(Store);
  name = '';

  ngOnInit(): void {
    this.route.paramMap
      .pipe(switchMap((params) => this.store.select(selectProjectById(params.get('id') ?? ''))))
      .subscribe((project) => { // expect: dropped-unsubscribe
        this.name = project?.name ?? '';
      });
  }
}
