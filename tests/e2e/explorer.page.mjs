// Page object for the explorer: the DOM contract in one place, so tests read as journeys.
export class ExplorerPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.search = page.getByRole('searchbox', { name: 'Search events' });
    this.status = page.getByRole('status');
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.events = this.timeline.locator('li[data-event-id]');
    this.notice = page.getByRole('region', { name: 'Link notice' });
  }

  async open(query = '') {
    await this.page.goto(this.baseUrl + query);
    await this.ready();
  }

  async ready() {
    await this.status.waitFor();
    await this.page.locator('article p#p10').waitFor({ state: 'attached' });
  }

  /** Unfolds Country, Kind and Dates if they are folded away. */
  async openFacets() {
    const details = this.page.locator('details.facets-disclosure');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  }

  countryBox(name) {
    return this.page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }

  kindBox(label) {
    return this.page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: new RegExp(`^${label}\\b`) });
  }

  async shownCount() {
    const text = await this.status.textContent();
    const match = text.match(/(\d+) events/);
    if (!match) throw new Error(`status has no count: ${text}`);
    const of = text.match(/Showing (\d+) of/);
    return of ? Number(of[1]) : Number(match[1]);
  }

  async totalCount() {
    const text = await this.status.textContent();
    return Number(text.match(/(\d+) events/)[1]);
  }

  async eventIds() {
    return this.events.evaluateAll((items) => items.map((li) => li.dataset.eventId));
  }

  query() {
    return new URL(this.page.url()).search;
  }
}
