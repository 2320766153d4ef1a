import { ruleTester } from '../../support/rule-tester';
import { channelNotReachable } from '../../../server/src/engine/rules/alignment/mp103-channel-not-reachable';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (segments: string, productSegments = '[teen-gamers]'): string =>
  `upstream:\n  segments:\n${segments}  products:\n    - { id: questforge, name: QuestForge, segments: ${productSegments} }\n`;
const campaign = (channels: string, segments = '[teen-gamers]'): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `      segments: ${segments}\n      channels: ${channels}\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n`;
const TEENS = '    - { id: teen-gamers, name: Teen gamers, channels: [tiktok, youtube, twitch] }\n';
const COLLECTORS = '    - { id: adult-collectors, name: Adult collectors, channels: [email] }\n';
const BOTH = '[teen-gamers, adult-collectors]';

ruleTester(channelNotReachable, {
  valid: [
    { name: "every channel is one of the segment's", files: upstream(TEENS) + campaign('[tiktok, youtube]') },
    {
      name: 'a segment that lists no channels can be reached anywhere',
      files: upstream('    - { id: teen-gamers, name: Teen gamers }\n') + campaign('[tv, radio]'),
    },
    {
      name: 'an empty channels list lists nothing: no constraint',
      files: upstream('    - { id: teen-gamers, name: Teen gamers, channels: [] }\n') + campaign('[tv]'),
    },
    {
      name: 'the union over the segments: `email` comes from the second segment',
      files: upstream(TEENS + COLLECTORS, BOTH) + campaign('[twitch, email]', BOTH),
    },
    { name: "an unknown channel is MP005's", files: upstream(TEENS) + campaign('[tiktok, teevee]') },
    {
      name: 'a declared channel listed by the segment, across files',
      files: {
        'plan.mplan.yaml':
          PLAN +
          upstream('    - { id: teen-gamers, name: Teen gamers, channels: [game-fairs] }\n') +
          '  channels:\n    - { id: game-fairs, name: Game fairs }\n',
        'campaigns/spring.mplan.yaml': campaign('[game-fairs]'),
      },
    },
  ],
  invalid: [
    {
      name: 'TV ads for a segment that watches TikTok, YouTube and Twitch',
      files: upstream(TEENS) + campaign('[tiktok, youtube, ⟦tv⟧]'),
      errors: [
        {
          messageId: 'notInSegment',
          data: {
            channel: 'tv',
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, channels: { list: ['tiktok', 'youtube', 'twitch'] } },
                },
              ],
            },
          },
          text: 'campaign Spring launch ads (spring-launch) uses the channel tv, where its segment Teen gamers (teen-gamers), reached on tiktok, youtube and twitch, cannot be reached',
          related: [{ line: 3, message: ['segment teen-gamers can be reached on tiktok, youtube, twitch'] }],
          fixes: [
            {
              title: 'Remove channel tv from campaign spring-launch',
              safe: false,
              preferred: true,
              output: upstream(TEENS) + campaign('[tiktok, youtube]'),
            },
            {
              title: 'Add tv to the channels of segment teen-gamers',
              safe: false,
              preferred: false,
              output:
                upstream('    - { id: teen-gamers, name: Teen gamers, channels: [tiktok, youtube, twitch, tv] }\n') +
                campaign('[tiktok, youtube, tv]'),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: the only channel is not removed; added to the first segment that lists channels (block list)',
      files: {
        'plan.mplan.yaml':
          PLAN +
          upstream(
            '    - { id: fans, name: Fans }\n    - id: teen-gamers\n      name: Teen gamers\n      channels:\n        - tiktok # main\n',
            '[fans, teen-gamers]',
          ),
        'campaigns/spring.mplan.yaml': campaign('[⟦radio⟧]', '[fans, teen-gamers]'),
      },
      errors: [
        {
          messageId: 'notInSegment',
          data: {
            channel: 'radio',
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segments: {
              list: [{ phrase: 'segment', data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, channels: { list: ['tiktok'] } } }],
            },
          },
          text: 'campaign Spring launch ads (spring-launch) uses the channel radio, where its segment Teen gamers (teen-gamers), reached on tiktok, cannot be reached',
          related: [{ file: 'plan.mplan.yaml', line: 13, message: ['can be reached on tiktok'] }],
          fixes: [
            {
              title: 'Add radio to the channels of segment teen-gamers',
              preferred: true,
              output: {
                'plan.mplan.yaml':
                  PLAN +
                  upstream(
                    '    - { id: fans, name: Fans }\n    - id: teen-gamers\n      name: Teen gamers\n      channels:\n        - tiktok # main\n        - radio\n',
                    '[fans, teen-gamers]',
                  ),
              },
            },
          ],
        },
      ],
    },
    {
      name: 'one finding per channel item, naming every segment that lists channels',
      files: upstream(TEENS + COLLECTORS, BOTH) + campaign('[⟦tv⟧, email, ⟦radio⟧]', BOTH),
      errors: [
        {
          messageId: 'notInSegments',
          data: {
            channel: 'tv',
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, channels: { list: ['tiktok', 'youtube', 'twitch'] } },
                },
                {
                  phrase: 'segment',
                  data: { segment: { id: 'adult-collectors', name: 'Adult collectors' }, channels: { list: ['email'] } },
                },
              ],
            },
          },
          text: 'campaign Spring launch ads (spring-launch) uses the channel tv, where none of its segments Teen gamers (teen-gamers), reached on tiktok, youtube and twitch, and Adult collectors (adult-collectors), reached on email, can be reached',
          related: [{ line: 3 }, { line: 4 }],
          fixes: [
            { title: 'Remove channel tv', output: upstream(TEENS + COLLECTORS, BOTH) + campaign('[email, radio]', BOTH) },
            {
              title: 'Add tv to the channels of segment teen-gamers',
              output: upstream(TEENS.replace('twitch]', 'twitch, tv]') + COLLECTORS, BOTH) + campaign('[tv, email, radio]', BOTH),
            },
          ],
        },
        {
          messageId: 'notInSegments',
          data: {
            channel: 'radio',
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, channels: { list: ['tiktok', 'youtube', 'twitch'] } },
                },
                {
                  phrase: 'segment',
                  data: { segment: { id: 'adult-collectors', name: 'Adult collectors' }, channels: { list: ['email'] } },
                },
              ],
            },
          },
          text: 'campaign Spring launch ads (spring-launch) uses the channel radio, where none of its segments Teen gamers (teen-gamers), reached on tiktok, youtube and twitch, and Adult collectors (adult-collectors), reached on email, can be reached',
          fixCount: 2,
        },
      ],
    },
    {
      name: 'a block list of campaign channels loses the line of the removed channel',
      files: upstream(TEENS) + campaign('\n        - youtube\n        - ⟦display⟧ # banner test\n').replace('channels: \n', 'channels:\n'),
      errors: [
        {
          messageId: 'notInSegment',
          data: {
            channel: 'display',
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, channels: { list: ['tiktok', 'youtube', 'twitch'] } },
                },
              ],
            },
          },
          text: 'campaign Spring launch ads (spring-launch) uses the channel display, where its segment Teen gamers (teen-gamers), reached on tiktok, youtube and twitch, cannot be reached',
          fixes: [
            {
              title: 'Remove channel display',
              output: upstream(TEENS) + campaign('\n        - youtube\n').replace('channels: \n', 'channels:\n'),
            },
            {
              title: 'Add display',
              output:
                upstream(TEENS.replace('twitch]', 'twitch, display]')) +
                campaign('\n        - youtube\n        - display # banner test\n').replace('channels: \n', 'channels:\n'),
            },
          ],
        },
      ],
    },
  ],
});
