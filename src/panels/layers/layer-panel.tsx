/** Placeholder (layers): replaced by the module that owns it. */
export function LayerPanel() {
  return null;
}
