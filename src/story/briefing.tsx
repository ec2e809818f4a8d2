/** Placeholder (briefing): replaced by the module that owns it. */
export function Briefing() {
  return null;
}
