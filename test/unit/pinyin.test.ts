import { describe, expect, it } from 'vitest';
import { pinyinWords } from '../../geo/pinyin.ts';

describe('pinyinWords', () => {
  it('writes camel-cased pinyin one capital per word, with the syllable apostrophe', () => {
    expect(pinyinWords('XinHua GuangChang')).toBe('Xinhua Guangchang');
    expect(pinyinWords('AErShan Lu')).toBe("A'ershan Lu");
    expect(pinyinWords('XiErHuan Lu')).toBe("Xi'erhuan Lu");
    expect(pinyinWords('BaYan (JiChang)')).toBe('Bayan (Jichang)');
  });

  it('uses the English name of the city and leaves words it cannot split alone', () => {
    expect(pinyinWords('HuHeHaoTe DongZhan')).toBe('Hohhot Dongzhan');
    expect(pinyinWords('Xi')).toBe('Xi');
    expect(pinyinWords('hohhot')).toBe('hohhot');
    expect(pinyinWords('')).toBe('');
  });
});
