/** One page of a list the API pages through: its items, and how many the whole list holds. */
export interface Page<T> {
  /** The items of this page. */
  items: T[];
  /** How many items the whole list holds. */
  count: number;
}

/**
 * Every item of a paged list from `offset` on: `read` fetches `limit` items at an offset, page after page, until a
 * short page or the count says the list ended. For the twin-chat packages: their one pager, not meant for apps.
 */
export async function* allItems<T>(
  read: (offset: number, limit: number) => Promise<Page<T>>,
  limit: number,
  offset = 0,
): AsyncGenerator<T, void, undefined> {
  for (; ; offset += limit) {
    const page = await read(offset, limit);
    yield* page.items;
    if (page.items.length < limit || offset + limit >= page.count) return;
  }
}
