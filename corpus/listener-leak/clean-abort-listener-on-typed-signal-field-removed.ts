export class ReportRenderer {
  constructor(private readonly render: (id: string) => Promise<Buffer>, private readonly closing: AbortSignal) {}

  async renderReport(id: string): Promise<Buffer> {
    let cancelled = false;
    const onClose = () => {
      cancelled = true;
    };
    this.closing.addEventListener('abort', onClose, { once: true });
    try {
      const pdf = await this.render(id);
      if (cancelled) throw new Error(`report ${id} abandoned at shutdown`);
      return pdf;
    } finally {
      this.closing.removeEventListener('abort', onClose);
    }
  }
}
