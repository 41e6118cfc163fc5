import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: {
    id: 'segment/stale',
    type: 'suggestion',
    description: 'A translation whose segment id no longer exists in any source article.',
    defaultSeverity: 'info',
    messages: {
      stale: 'translation of a sentence that is no longer in the source (id {id}); it is kept for fuzzy suggestions and can be deleted once the new sentence is translated',
    },
  },
  create(context) {
    return {
      translation(unit) {
        if (!unit.source) context.report({ messageId: 'stale', data: { id: unit.id }, unit });
      },
    };
  },
};

export default rule;
