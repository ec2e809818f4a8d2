/** Placeholder (near): replaced by the module that owns it. */
export function NearPanel() {
  return null;
}
