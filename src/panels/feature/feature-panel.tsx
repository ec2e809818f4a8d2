/** Placeholder (feature): replaced by the module that owns it. */
export function FeaturePanel() {
  return null;
}
