import { isMap } from 'yaml';
import type { Rule } from '../rule';
import { spanOf } from '../../parse/yaml-nodes';

export const misplacedConfig: Rule = {
  meta: {
    code: 'MP008',
    name: 'misplaced-config',
    severity: 'warning',
    group: 'structure',
    summary: "A `mplan.config.yaml` below a scope's root folder configures nothing.",
    explanation:
      "Only the `mplan.config.yaml` in a plan's root folder (or above it) configures the plan's rules. " +
      'One placed in a sub-folder is ignored, so the severities and thresholds the team agreed on there are silently not applied. ' +
      "Move its settings to the config file of the plan's root folder.",
    messages: {
      misplaced: "this mplan.config.yaml is below the plan's root folder {root} and configures nothing",
    },
  },
  check(ctx) {
    for (const file of ctx.misplacedConfigs) {
      const root = file.doc?.contents;
      const first = root && isMap(root) ? root.items[0]?.key : undefined;
      const span =
        first && typeof first === 'object' && 'range' in first && first.range ? spanOf(first, file.source) : { offset: 0, length: 0 };
      ctx.report({ file, span, messageId: 'misplaced', data: { root: ctx.scope.root.split(/[\\/]/).pop() ?? '' } });
    }
  },
};
