/**
 * Region codes offered by completion (GB/T 2260): the province-level divisions of the mainland, and the
 * prefecture-level cities of Zhejiang, the province qualcat ships rules for. Any six-digit code is valid in a
 * document; this list only saves typing. Data for completion, not for checking: the schema checks the shape.
 */
export interface RegionEntry {
  code: string;
  zh: string;
  en: string;
}

export const REGIONS: readonly RegionEntry[] = [
  { code: '110000', zh: '北京市', en: 'Beijing' },
  { code: '120000', zh: '天津市', en: 'Tianjin' },
  { code: '130000', zh: '河北省', en: 'Hebei' },
  { code: '140000', zh: '山西省', en: 'Shanxi' },
  { code: '150000', zh: '内蒙古自治区', en: 'Inner Mongolia' },
  { code: '210000', zh: '辽宁省', en: 'Liaoning' },
  { code: '220000', zh: '吉林省', en: 'Jilin' },
  { code: '230000', zh: '黑龙江省', en: 'Heilongjiang' },
  { code: '310000', zh: '上海市', en: 'Shanghai' },
  { code: '320000', zh: '江苏省', en: 'Jiangsu' },
  { code: '330000', zh: '浙江省', en: 'Zhejiang' },
  { code: '330100', zh: '浙江省杭州市', en: 'Hangzhou, Zhejiang' },
  { code: '330200', zh: '浙江省宁波市', en: 'Ningbo, Zhejiang' },
  { code: '330300', zh: '浙江省温州市', en: 'Wenzhou, Zhejiang' },
  { code: '330400', zh: '浙江省嘉兴市', en: 'Jiaxing, Zhejiang' },
  { code: '330500', zh: '浙江省湖州市', en: 'Huzhou, Zhejiang' },
  { code: '330600', zh: '浙江省绍兴市', en: 'Shaoxing, Zhejiang' },
  { code: '330700', zh: '浙江省金华市', en: 'Jinhua, Zhejiang' },
  { code: '330800', zh: '浙江省衢州市', en: 'Quzhou, Zhejiang' },
  { code: '330900', zh: '浙江省舟山市', en: 'Zhoushan, Zhejiang' },
  { code: '331000', zh: '浙江省台州市', en: 'Taizhou, Zhejiang' },
  { code: '331100', zh: '浙江省丽水市', en: 'Lishui, Zhejiang' },
  { code: '340000', zh: '安徽省', en: 'Anhui' },
  { code: '350000', zh: '福建省', en: 'Fujian' },
  { code: '360000', zh: '江西省', en: 'Jiangxi' },
  { code: '370000', zh: '山东省', en: 'Shandong' },
  { code: '410000', zh: '河南省', en: 'Henan' },
  { code: '420000', zh: '湖北省', en: 'Hubei' },
  { code: '430000', zh: '湖南省', en: 'Hunan' },
  { code: '440000', zh: '广东省', en: 'Guangdong' },
  { code: '450000', zh: '广西壮族自治区', en: 'Guangxi' },
  { code: '460000', zh: '海南省', en: 'Hainan' },
  { code: '500000', zh: '重庆市', en: 'Chongqing' },
  { code: '510000', zh: '四川省', en: 'Sichuan' },
  { code: '520000', zh: '贵州省', en: 'Guizhou' },
  { code: '530000', zh: '云南省', en: 'Yunnan' },
  { code: '540000', zh: '西藏自治区', en: 'Xizang (Tibet)' },
  { code: '610000', zh: '陕西省', en: 'Shaanxi' },
  { code: '620000', zh: '甘肃省', en: 'Gansu' },
  { code: '630000', zh: '青海省', en: 'Qinghai' },
  { code: '640000', zh: '宁夏回族自治区', en: 'Ningxia' },
  { code: '650000', zh: '新疆维吾尔自治区', en: 'Xinjiang' },
];
