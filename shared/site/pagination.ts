/** Events per list page: enough to scan on a phone, few enough to keep pages light. */
export const PAGE_SIZE = 24;
export const pageCount = (items: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(items / size));
