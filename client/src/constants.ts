/** Names shared by the extension's modules (and the manifest in package.json). */
export const LANGUAGE_ID = 'marketing-plan';
export const CLIENT_ID = 'marketingPlan';
export const OUTPUT_NAME = 'mplan';
export const FIX_ALL_KIND = 'source.fixAll.mplan';
export const PLAN_GLOB = '**/*.mplan.{yaml,yml}';
export const CONFIG_GLOB = '**/mplan.config.yaml';

export const COMMANDS = {
  newPlan: 'marketingPlan.newPlan',
  validateWorkspace: 'marketingPlan.validateWorkspace',
  showPlanMap: 'marketingPlan.showPlanMap',
  explainRule: 'marketingPlan.explainRule',
  fixAll: 'marketingPlan.fixAll',
  restartServer: 'marketingPlan.restartServer',
  showTimeline: 'marketingPlan.showTimeline',
  showBudget: 'marketingPlan.showBudget',
  explorerShowPlanMap: 'marketingPlan.explorer.showPlanMap',
  explorerRefresh: 'marketingPlan.explorer.refresh',
} as const;

export const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

export function isPlanPath(p: string): boolean {
  return /\.mplan\.ya?ml$/.test(p);
}
