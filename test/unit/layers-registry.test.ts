import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUPS, LAYER_IDS, LAYERS, DEFAULT_VISIBLE_LAYERS, layerFile } from '../../src/layers/registry.ts';

const FIXED_IDS = [
  'industry-belts', 'industry-parks', 'ecology-layout', 'ecology-mountains', 'ecology-water', 'ecology-forest',
  'urban-structure', 'transport-urban', 'transport-highway', 'transport-rail', 'transport-air', 'transport-logistics',
  'projects-energy', 'projects-water', 'projects-health', 'projects-science', 'culture-heritage', 'culture-tourism',
  'consumption', 'regional-circles', 'regional-links',
];

describe('layer registry', () => {
  it('keeps exactly the fixed layer ids, each once', () => {
    expect([...LAYER_IDS].sort()).toEqual([...FIXED_IDS].sort());
    expect(new Set(LAYER_IDS).size).toBe(LAYER_IDS.length);
  });

  it('gives every layer a known group, a hex colour and a legend swatch', () => {
    for (const l of LAYERS) {
      expect(GROUPS, l.id).toContain(l.group);
      expect(l.color, l.id).toMatch(/^#[0-9a-f]{6}$/i);
      expect(['fill', 'line', 'point', 'hatch', 'dashed'], l.id).toContain(l.legend.swatch);
      expect(l.minzoom, l.id).toBeLessThan(l.maxzoom);
    }
  });

  it('has a built data file for every layer', () => {
    const missing = LAYERS.filter((l) => !existsSync(`public/${layerFile(l.id)}`)).map((l) => l.id);
    expect(missing).toEqual([]);
  });

  it('shows the four industrial belts and the parks on the first screen, and no deck layer', () => {
    expect(DEFAULT_VISIBLE_LAYERS).toEqual(expect.arrayContaining(['industry-belts', 'industry-parks']));
    expect(LAYERS.filter((l) => l.defaultVisible && l.render === 'deck')).toEqual([]);
  });

  it('puts every group to use', () => {
    for (const g of GROUPS) expect(LAYERS.some((l) => l.group === g), g).toBe(true);
  });
});
