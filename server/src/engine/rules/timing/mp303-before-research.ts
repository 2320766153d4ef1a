import { isAfter } from '../../model/dates';
import type { ResearchEntity } from '../../model/types';
import type { RelatedSpec, Rule } from '../rule';
import { entity, list, phrase, type MessageArg } from '../../messages/message';

interface Late {
  research: ResearchEntity;
  segments: string[];
}

/** True when the research's findings are not available by `start`: completed later, or not completed at all. */
function lateFor(r: ResearchEntity, start: string): boolean {
  if (r.completed) return isAfter(r.completed.value, start);
  // A `completed` that is written but invalid is MP002's, not a running study.
  return !r.invalid.completed;
}

function describe(l: Late): MessageArg {
  const segments = list(l.segments);
  return l.research.completed
    ? phrase('completedOn', { research: l.research.id, completed: l.research.completed.value, segments })
    : phrase('notCompleted', { research: l.research.id, segments });
}

function relatedOf(l: Late): RelatedSpec {
  const r = l.research;
  return r.completed
    ? { file: r.file, node: r.completed.node, messageId: 'related.completed', data: { research: r.id, completed: r.completed.value } }
    : { file: r.file, node: r.idNode, messageId: 'related.running', data: { research: r.id } };
}

export const beforeResearch: Rule = {
  meta: {
    code: 'MP303',
    name: 'before-research',
    severity: 'warning',
    group: 'timing',
    summary: 'A campaign starts before the research that backs one of its segments is completed.',
    explanation:
      'The campaign goes live before the research behind one of its segments has delivered its findings: casting before the licence is bought. ' +
      'If the study changes who the segment is, what it needs or what it will pay, the media, message and offer already bought are wasted or aimed at the wrong people. ' +
      'Start the campaign after the research is completed, or record the completion date once the findings are in.',
    messages: {
      beforeResearch: 'campaign {campaign} starts on {start:date}, before the research behind its segments is completed: {research}',
      completedOn: '{research} (completed on {completed:date}; behind {segments})',
      notCompleted: '{research} (not completed; behind {segments})',
      'related.completed': 'research {research} is completed on {completed:date}',
      'related.running': 'research {research} has no completed date: it is still running',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const start = c.schedule?.start;
      if (!start) continue;
      const late: Late[] = [];
      for (const s of ctx.index.campaignSegments(c)) {
        for (const r of ctx.index.researchBacking(s)) {
          if (!lateFor(r, start.value)) continue;
          const known = late.find((l) => l.research === r);
          if (known) known.segments.push(s.id);
          else late.push({ research: r, segments: [s.id] });
        }
      }
      if (!late.length) continue;
      ctx.report({
        file: c.file,
        node: start.node,
        messageId: 'beforeResearch',
        data: { campaign: entity(c), start: start.value, research: list(late.map(describe)) },
        related: late.map(relatedOf),
      });
    }
  },
};
