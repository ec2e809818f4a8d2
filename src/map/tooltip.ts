import './map.css';

/**
 * A hover tooltip drawn imperatively inside the map container: no React state per pointer move. Text only
 * (`textContent`), never HTML.
 */
export interface Tooltip {
  show: (x: number, y: number, title: string, detail: string) => void;
  hide: () => void;
  destroy: () => void;
}

/** Creates the tooltip element in `container`; positions are CSS px relative to the map canvas. */
export function createTooltip(container: HTMLElement): Tooltip {
  const el = document.createElement('div');
  el.className = 'map-tooltip';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  const title = document.createElement('strong');
  const detail = document.createElement('span');
  el.append(title, detail);
  container.appendChild(el);
  return {
    show(x, y, t, d) {
      title.textContent = t;
      detail.textContent = d;
      el.hidden = false;
      const w = container.clientWidth;
      // Flip to the left of the pointer near the right edge so the tooltip stays on the map.
      const left = x > w - 280 ? x - 14 - el.offsetWidth : x + 14;
      el.style.transform = `translate(${Math.max(4, left)}px, ${Math.max(4, y + 14)}px)`;
    },
    hide() {
      el.hidden = true;
    },
    destroy() {
      el.remove();
    },
  };
}
