import { defineRule } from '../../engine/rule.js';
import { pointerOf } from '../../diagnostics.js';
import { ZHEJIANG_27 } from '../sources.js';

/** Occupation identity is exact (DOMAIN.md decision 4); suggestions may be fuzzy. */
export const occupationInCatalog = defineRule({
  id: 'core/occupation-in-catalog',
  meta: {
    docs: {
      description: {
        'zh-CN': '职业名称须与目录所印完全一致',
        en: 'The occupation must be in the active catalog, spelled exactly as printed',
      },
      page: 'docs/rules/core/occupation-in-catalog.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 一是',
      quote: '一是严格按照《国家职业资格目录》规定组织开展职业资格鉴定工作，严禁超范围开展鉴定。',
    },
    messages: {
      unknown: {
        'zh-CN': '“{occupation}”不在目录中{suggestion}',
        en: '"{occupation}" is not in the catalog{suggestion}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan', 'certificate'],
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    const report = (occupation: unknown, pointerFor: () => string) => {
      if (typeof occupation !== 'string' || context.catalog.has(occupation)) return;
      const pointer = pointerFor(); // built for findings only: most items are in the catalog
      const suggestions = context.catalog.suggest(occupation);
      const en = context.locale === 'en';
      context.report({
        messageId: 'unknown',
        pointer,
        data: {
          occupation,
          suggestion: suggestions.length
            ? en
              ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
              : `，是否应为${suggestions.map((s) => `“${s}”`).join('、')}？`
            : '',
        },
        fixes: suggestions.map((s) => ({
          title: en ? `Replace with "${s}"` : `改为“${s}”`,
          patch: [{ op: 'replace', path: pointer, value: s }],
        })),
      });
    };
    if (context.target === 'plan') {
      const items: unknown = context.document.items;
      if (Array.isArray(items)) {
        items.forEach((item: unknown, i) =>
          report(item && typeof item === 'object' ? (item as { occupation?: unknown }).occupation : undefined, () => pointerOf('items', i, 'occupation')),
        );
      }
    } else {
      report(context.document.occupation, () => '/occupation');
    }
  },
});
