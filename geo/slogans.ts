/**
 * The plan's spatial slogans (named layouts): the ids a feature's `part_of` may point to even when no feature of
 * that id exists, and the checklist of slogans for the coverage report. `phrase` is verbatim from the plan text.
 */
export interface Slogan {
  id: string;
  /** The slogan as written in the text (without its quotation marks). */
  phrase: string;
  name_en: string;
}

/** Every spatial slogan of the plan, in reading order. */
export const SLOGANS: readonly Slogan[] = [
  { id: 'layout-liangping-sidai-duodian', phrase: '两屏四带多点', name_en: 'Ecological layout: two screens, four belts, many points' },
  { id: 'layout-liangdai-sanxian-sipianqu', phrase: '两带三线四片区', name_en: 'Urban shelter forest: two belts, three lines, four areas' },
  { id: 'layout-yizhu-yifu-yihe-liangyi', phrase: '一主一副、一核两翼', name_en: 'Urban structure: one main centre, one sub-centre; one core, two wings' },
  { id: 'layout-yiheng-sanzong-sihuan-sanshuniu', phrase: '一横三纵四环三枢纽', name_en: 'Urban transport: one east–west, three north–south, four rings, three hubs' },
  { id: 'layout-yihuan-wuzong-wuheng-qifangshe', phrase: '一环五纵五横七放射', name_en: 'Highway skeleton: one ring, five north–south, five east–west, seven radials' },
  { id: 'layout-four-industrial-belts', phrase: '北部、中部、南部、沿黄四条产业带', name_en: 'Four industrial belts: northern, central, southern, Yellow River' },
  { id: 'layout-yigu-yiyuan', phrase: '一谷一园', name_en: 'One valley, one park (dairy)' },
  { id: 'layout-yiqu-yiyuan-duopingtai', phrase: '一区一园多平台', name_en: 'One zone, one park, many platforms (innovation layout)' },
  { id: 'layout-h-hui', phrase: 'H+回', name_en: '“H+回” reclaimed-water network' },
  { id: 'layout-huan-shoufu-grid', phrase: '环首府', name_en: '500 kV ring grid around the capital' },
  { id: 'layout-yilang-liangzhou-wudai', phrase: '一廊两轴五带', name_en: 'Tourism layout: one corridor, two axes, five belts' },
  { id: 'layout-qingcheng-shiliu-jing', phrase: '青城十六景', name_en: 'Sixteen views of Qingcheng' },
  { id: 'layout-yiyuan-liuguan-yiyuan', phrase: '一院、六馆、一园', name_en: 'One academy, six museums, one park' },
  { id: 'layout-shizi-shangquan', phrase: '“十”字型消费商圈', name_en: 'Cross-shaped consumption district' },
  { id: 'layout-sida-jingjiquan', phrase: '四大经济圈', name_en: 'Four economic circles' },
  { id: 'layout-liangxiaoshi-chuangxinquan', phrase: '两小时创新圈', name_en: 'Two-hour innovation circle (with Haidian)' },
];

/** The set of slogan ids. */
export const SLOGAN_IDS: ReadonlySet<string> = new Set(SLOGANS.map((s) => s.id));
