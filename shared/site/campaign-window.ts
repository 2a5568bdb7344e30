/**
 * The campaign embargo — which campaigns are public at a moment. A campaign is public from
 * the moment its window opens (`startsAt`) and stays public after the window closes (archived).
 * Before that it is not built, not in the sitemap, search or feeds; only the preview shows it.
 * A campaign without a start is public at once; one whose start cannot be read is not.
 */
export function isCampaignPublic(campaign: { startsAt?: string | null }, now: Date): boolean {
  if (!campaign.startsAt) return true;
  const start = Date.parse(campaign.startsAt);
  return !Number.isNaN(start) && now.getTime() >= start;
}
