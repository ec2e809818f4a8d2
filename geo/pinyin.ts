/** Writing station names in pinyin for the English map. */

/**
 * Returns Amap's camel-cased station pinyin ("XinHua GuangChang", "AErShan Lu") written the usual way: one capital
 * per word, an apostrophe before a syllable that starts with a, o or e ("A'ershan Lu"), and the city's English
 * name for 呼和浩特 ("Hohhot Dongzhan").
 */
export function pinyinWords(camel: string): string {
  return camel.replace(/[A-Za-z]+/g, (word) => {
    if (word === 'HuHeHaoTe') return 'Hohhot';
    const syllables = word.match(/[A-Z][a-z]*/g);
    if (!syllables || syllables.join('') !== word) return word;
    return syllables.map((x, i) => (i === 0 ? x : (/^[AOE]/.test(x) ? "'" : '') + x.toLowerCase())).join('');
  });
}
