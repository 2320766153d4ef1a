import { isMap, isNode } from 'yaml';
import type { Rule } from '../rule';

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
      // On the first key; at the file's start when there is none.
      const node = isNode(first) ? first : undefined;
      ctx.report({ file, node, messageId: 'misplaced', data: { root: ctx.scope.root.split(/[\\/]/).pop() ?? '' } });
    }
  },
};
