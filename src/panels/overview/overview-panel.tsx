/** Placeholder (overview): replaced by the module that owns it. */
export function OverviewPanel() {
  return null;
}
