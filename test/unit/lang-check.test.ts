import { describe, expect, it } from 'vitest';
import { enProblem, stripQuoted, zhProblem } from '../../geo/lang-check.ts';

describe('the language rule for prose fields', () => {
  it('accepts Chinese prose with dataset names, codes and dates', () => {
    expect(zhProblem('DataV.GeoAtlas 政府驻地点位（高德地图兴趣点），已由 GCJ-02 转换为 WGS84；注明“DataV.GeoAtlas / 高德”')).toBeNull();
    expect(zhProblem('据人民网2024年6月24日报道，位于回民区通道街街道。')).toBeNull();
  });

  it('rejects English in a Chinese field', () => {
    expect(zhProblem('Drawn by the project from the plan text')).toMatch(/no Chinese/);
    expect(zhProblem('DataV GeoAtlas is one dataset 数据')).toMatch(/mostly Latin/);
    expect(zhProblem('本项目依据规划文本绘制两地之间的直线，表示两地的协作关系而非实际路线（a straight line between places）')).toBeNull();
    expect(zhProblem('本项目依据规划文本绘制两地之间的直线，表示两地的协作关系而非实际路线，a straight line between places')).toMatch(/English phrase/);
    expect(zhProblem('')).toMatch(/no Chinese/);
  });

  it('accepts English prose with Chinese names and quotations', () => {
    expect(enProblem('A national high-tech zone in eastern 土默特左旗 next to the 金川 area.')).toBeNull();
    expect(enProblem('The plan names “两屏四带多点” without listing its parts (《呼和浩特日报》, 2023-05-18).')).toBeNull();
    expect(enProblem('Candidates: (土城子国家考古遗址公园 or 呼和浩特国际雕塑园).')).toBeNull();
  });

  it('rejects Chinese sentences and long unquoted runs in an English field', () => {
    expect(enProblem('The site is 位于新城区，靠近地铁站 and more.')).toMatch(/Chinese sentence/);
    expect(enProblem('The project placed it after reading that 大黑河郊野公园南部马鬃山一带 holds the site, which a report of 2022 describes.')).toMatch(
      /14 Chinese characters in a row/,
    );
    expect(enProblem('位于清水河县')).toMatch(/no Latin letters/);
    expect(enProblem('in 清水河县')).toMatch(/mostly Chinese/);
  });

  it('blanks quotations and, when asked, brackets', () => {
    expect(stripQuoted('a “乙” b (丙) c')).toBe('a     b (丙) c');
    expect(stripQuoted('a “乙” b (丙) c', true)).toBe('a     b     c');
    expect(stripQuoted('an unclosed “quote')).toBe('an unclosed “quote');
  });
});
