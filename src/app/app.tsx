/** Layout composition only: the side panel (or bottom sheet on a phone) beside the map. */
export function App() {
  return <div data-app-ready="true">呼和浩特</div>;
}
