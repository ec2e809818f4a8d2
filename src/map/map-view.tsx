/** Placeholder (map): replaced by the module that owns it. */
export function MapView() {
  return null;
}
