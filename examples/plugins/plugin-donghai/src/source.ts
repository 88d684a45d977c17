/** The (made-up) notice this plugin implements; its text is docs/notice.md, which rules quote verbatim. */
export const DONGHAI_12 = '东人社发〔2020〕12号';
