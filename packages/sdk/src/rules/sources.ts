/** The two notices, as rules cite them. Quotes in rules are verbatim from shared/seeds. */
export const NATIONAL_80 = '人社厅发〔2020〕80号';
export const ZHEJIANG_27 = '浙人社办发〔2020〕27号';
