import { checkStatedConversion, plainAmount, RateError } from '../../../money/index.js';
import type { Rule } from '../../rule.js';

const tolerance = 0.05;

const rule: Rule = {
  meta: {
    id: 'money/stated-conversion',
    type: 'problem',
    description: `An equivalent stated in the text ("60 KZT (10 rubles)", each of "$9.37bn: £4.8bn") differs from the one computed at the article date's rate by more than ${tolerance * 100}%.`,
    defaultSeverity: 'warning',
    messages: {
      differs: 'the text says {stated}, but {amount} is {computed} at {rates} ({deviation}% off); correct the figure or the rate table',
      noRate: 'cannot check the stated conversion: {reason}',
    },
  },
  create(context) {
    return {
      source(unit) {
        const { rates } = context;
        if (!rates) return;
        for (const span of unit.segment.spans) {
          if (span.kind !== 'money' || !span.stated) continue;
          for (const stated of span.stated) {
            const where = { unit, start: stated.start, end: stated.end };
            try {
              const finding = checkStatedConversion(span, stated, rates, unit.articleDate, tolerance, { allowEarlier: context.allowEarlierRates });
              if (!finding) continue;
              context.report({
                messageId: 'differs',
                data: {
                  stated: plainAmount(finding.stated, finding.currency),
                  amount: plainAmount(span.amount, span.currency),
                  computed: plainAmount(finding.computed, finding.currency, 2),
                  rates: finding.rates.map((rate) => `${rate.base}/${rate.quote} ${rate.rate} per ${rate.unit} (${rate.source.name}, ${rate.validFrom})`).join(' × '),
                  deviation: (finding.deviation * 100).toFixed(1),
                },
                ...where,
              });
            } catch (error) {
              if (!(error instanceof RateError)) throw error;
              context.report({ messageId: 'noRate', data: { reason: error.message }, ...where });
            }
          }
        }
      },
    };
  },
};

export default rule;
