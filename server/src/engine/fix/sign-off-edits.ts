/** The placeholder sign-off map MP401-MP403 insert last in a campaign, in its style. */
import type { TextEdit } from '../findings';
import { insertKey } from './edits';
import type { CampaignEntity } from '../model/types';

/** `key: { <who>: TODO, on: <date> }`, flow or block like the campaign's map. */
export function insertSignOff(c: CampaignEntity, key: string, who: string, date: string): TextEdit {
  return insertKey(c.file, c.map, key, [
    [who, 'TODO'],
    ['on', date],
  ]);
}
