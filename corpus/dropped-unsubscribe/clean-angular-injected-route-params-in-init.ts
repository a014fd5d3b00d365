import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-invoice', standalone: true, template: '<h1>{{ invoiceId }}</h1>' })
export class InvoiceComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  invoiceId = '';

  ngOnInit(): void {
    this.route.paramMap.subscribe((params) => {
      this.invoiceId = params.get('id') ?? '';
    });
  }
}
