/** A map link for a venue: OpenStreetMap at the venue's coordinates. */
export function mapUrl(geo: { lat?: number | null; lng?: number | null } | null | undefined): string | undefined {
  if (geo?.lat == null || geo.lng == null || !Number.isFinite(geo.lat) || !Number.isFinite(geo.lng)) return undefined;
  const lat = geo.lat.toFixed(5);
  const lng = geo.lng.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
