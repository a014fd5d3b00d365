// One compiled renderer per report slug, made on first use; a slug only has to look like one.
export function isSlug(value: string): boolean {
  return /^[a-z0-9-]{1,64}$/.test(value);
}

const renderers = new Map<string, () => string>();

export function rendererFor(slug: string): () => string {
  let render = renderers.get(slug);
  if (!render) {
    render = () => `report ${slug}`;
    renderers.set(slug, render);
  }
  return render;
}
