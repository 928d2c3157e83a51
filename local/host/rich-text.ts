/** RichTextValue with one link for the whole cell: what the add-on needs for linked labels. */
export class GasRichTextValue {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}

  getText(): string {
    return this.text;
  }

  getLinkUrl(): string | null {
    return this.link;
  }
}

export class GasRichTextValueBuilder {
  private text = '';
  private link: string | null = null;

  setText(text: string): GasRichTextValueBuilder {
    this.text = String(text);
    return this;
  }

  /** `setLinkUrl(url)` or `setLinkUrl(start, end, url)`; a partial link is stored as the cell's link. */
  setLinkUrl(a: string | number | null, _end?: number, url?: string | null): GasRichTextValueBuilder {
    this.link = typeof a === 'number' ? (url ?? null) : a;
    return this;
  }

  build(): GasRichTextValue {
    return new GasRichTextValue(this.text, this.link);
  }
}
