/**
 * 名称词表（合成数据） — word lists for synthetic enterprise names and people: characters common in 字号, industry
 * phrases per GB/T 4754-2017 class for the zone's three leading industries and others, surnames and given-name
 * characters. Illustrative, for demo data only.
 */

/** Characters that 字号 are commonly built from. */
export const TRADE_NAME_CHARACTERS = [...(
  '华欣博瑞康源泰恒达盛鑫晟睿诚信和安德宏嘉佳美新天海星辰宇航远志立凯隆昌祥丰裕润泽澜涛浩瀚清明光辉耀阳' +
  '晨曦云峰岳林森松柏桦杉竹兰芝蕙芯晶硅微纳量子云图灵启迪智慧思维创英杰俊豪雄伟卓越领先锐捷迅驰骏翔鹏' +
  '飞腾龙凤麟麒鼎铭钧锦绣彩虹霖雨露霞旭日晖映耀坤乾元亨利贞仁义礼智勤朴尚诺亿万千百合众联通汇聚融成' +
  '永久长青春秋冬夏东西南北中正方圆优赛迈普罗莱斯特克诺维奥贝尔艾伦萨洛菲斯纳米苏杭江浙沪湘楚蜀燕赵齐' +
  '鲁晋豫皖闽粤桂琼滇黔陕甘宁青藏新疆蒙吉辽黑'
)].filter((c, i, all) => all.indexOf(c) === i);

/** 行业大类 — the zone's leading industries and the rest. */
export type IndustryGroup = 'biomedicine' | 'ic' | 'ai' | 'other';

/** An industry class (GB/T 4754-2017 四位码) and the name phrases firms of it use. */
export interface IndustryClass {
  readonly code: string;
  readonly title: string;
  readonly phrases: readonly string[];
}

export const INDUSTRY_CLASSES: Readonly<Record<IndustryGroup, readonly IndustryClass[]>> = {
  biomedicine: [
    { code: '2710', title: '化学药品原料药制造', phrases: ['医药科技', '药业', '制药'] },
    { code: '2720', title: '化学药品制剂制造', phrases: ['药业', '医药', '制药'] },
    { code: '2761', title: '生物药品制造', phrases: ['生物医药科技', '生物制药', '生物技术'] },
    { code: '2762', title: '基因工程药物和疫苗制造', phrases: ['基因科技', '生物工程', '生物医药'] },
    { code: '3581', title: '医疗诊断、监护及治疗设备制造', phrases: ['医疗器械', '医疗科技', '医疗技术'] },
    { code: '3584', title: '医疗、外科及兽医用器械制造', phrases: ['医疗器械', '医疗器械科技'] },
    { code: '7340', title: '医学研究和试验发展', phrases: ['医药研发', '生物科技', '医学检验', '细胞科技'] },
  ],
  ic: [
    { code: '6520', title: '集成电路设计', phrases: ['集成电路设计', '微电子', '芯片科技', '集成电路'] },
    { code: '3973', title: '集成电路制造', phrases: ['集成电路', '半导体', '半导体科技'] },
    { code: '3562', title: '半导体器件专用设备制造', phrases: ['半导体设备', '精密设备', '半导体装备'] },
    { code: '3985', title: '电子专用材料制造', phrases: ['电子材料', '半导体材料', '新材料科技'] },
    { code: '3976', title: '光电子器件制造', phrases: ['光电科技', '光电子'] },
  ],
  ai: [
    { code: '6513', title: '应用软件开发', phrases: ['智能科技', '软件', '信息技术', '人工智能科技'] },
    { code: '6531', title: '信息系统集成服务', phrases: ['信息科技', '智能系统', '网络科技'] },
    { code: '6550', title: '信息处理和存储支持服务', phrases: ['数据科技', '云计算科技', '数据服务'] },
    { code: '3491', title: '工业机器人制造', phrases: ['机器人', '智能装备', '自动化科技'] },
    { code: '3964', title: '服务消费机器人制造', phrases: ['机器人科技', '智能机器人'] },
  ],
  other: [
    { code: '7519', title: '其他技术推广服务', phrases: ['科技发展', '技术服务', '科技'] },
    { code: '7212', title: '投资与资产管理', phrases: ['投资管理', '资产管理', '投资'] },
    { code: '7224', title: '咨询与调查', phrases: ['企业管理咨询', '商务咨询', '管理咨询'] },
    { code: '5185', title: '计算机、软件及辅助设备批发', phrases: ['贸易', '商贸', '国际贸易'] },
    { code: '7020', title: '物业管理', phrases: ['物业管理', '物业服务'] },
    { code: '4790', title: '其他房屋建筑业', phrases: ['建筑工程', '建设工程'] },
    { code: '6210', title: '正餐服务', phrases: ['餐饮管理', '餐饮'] },
    { code: '7259', title: '其他广告服务', phrases: ['文化传媒', '广告'] },
    { code: '5899', title: '其他未列明运输代理业', phrases: ['供应链管理', '物流'] },
    { code: '7516', title: '环保技术推广服务', phrases: ['环保科技', '环境科技'] },
    { code: '7515', title: '新能源技术推广服务', phrases: ['新能源科技', '能源科技'] },
    { code: '7452', title: '检测服务', phrases: ['检测技术', '检测科技'] },
  ],
};

/** Share of each group among the zone's firms (illustrative). */
export const INDUSTRY_GROUP_WEIGHTS: Readonly<Record<IndustryGroup, number>> = { biomedicine: 0.22, ic: 0.12, ai: 0.16, other: 0.5 };

/** Surnames, roughly by frequency (more common first, picked with falling weight). */
export const SURNAMES = [...(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
)];

export const GIVEN_NAME_CHARACTERS = [...(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉建国志文斌宇浩然子涵欣怡梓轩雨泽晨阳佳琪' +
  '思远博文一鸣俊杰晓东海峰丹丹婷婷立新国庆春梅秋菊冬雪永健振华德明'
)].filter((c, i, all) => all.indexOf(c) === i);
