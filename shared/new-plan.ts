/**
 * The plan that New Plan writes: a small but complete example in which upstream flows into downstream
 * without a break, so it has no findings at all (verified with `mplan check`). Dates are in the year
 * after `today`, so the plan looks ahead.
 */
export function scaffoldPlan(today: Date = new Date()): string {
  const y = today.getFullYear() + 1;
  return `# A marketing plan as code. Upstream decisions (research, segments, products,
# initiatives) flow into downstream campaigns; mplan checks that they agree.
# Try: hover an id, F12 on a reference, "Marketing Plan: Show Plan Map".
version: 1
plan:
  id: my-plan
  name: My marketing plan
  period: { start: ${y}-01-01, end: ${y}-12-31 }
  currency: EUR
  budget: 50000
  mission: Help small marketing teams plan with confidence.

upstream:
  research:
    - id: team-interviews
      method: interviews
      completed: ${y - 1}-12-15
      finding: Small teams plan campaigns in spreadsheets and lose track of whom they target.
      segments: [small-teams]

  segments:
    - id: small-teams
      name: Small marketing teams
      age: 25-54
      regions: [FR, DE]
      needs: [plan-faster, stay-on-brand]
      channels: [linkedin, email, search]
      evidence: [team-interviews]
      priceSensitivity: medium
      willingnessToPay: 49

  products:
    - id: planner
      name: Planner
      segments: [small-teams]
      available: ${y}-02-01
      valueProps:
        - id: one-source-of-truth
          claim: Every campaign traced back to the decision behind it.
      pricing:
        list: 49
        floor: 39
        maxDiscount: 20%
        positioning: mainstream

  initiatives:
    - id: win-small-teams
      name: Win small marketing teams
      kind: new-segment
      segments: [small-teams]
      products: [planner]
      due: ${y}-06-30
      kpis: [segment-share, awareness]

downstream:
  campaigns:
    - id: spring-launch
      name: Spring launch
      product: planner
      segments: [small-teams]
      channels: [linkedin, email]
      message:
        valueProps: [one-source-of-truth]
        headline: Plan every campaign from one source of truth.
      offer:
        discount: 10%
      schedule: { start: ${y}-03-01, end: ${y}-04-30 }
      budget: 20000
      kpis: [signups, conversions]
      salesReview: { by: sales-team, on: ${y}-02-15 }
`;
}
