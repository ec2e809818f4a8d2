import { createContext, useContext } from 'react';
import { EMPTY_MENTION_DATA, type MentionData } from '../../plan/mentions.ts';

/** The mention data of the loaded catalog; empty until (or unless) the catalog loads. Provided by the app shell. */
export const MentionContext = createContext<MentionData>(EMPTY_MENTION_DATA);

/** Returns the current mention data (empty when no catalog is loaded). */
export function useMentionData(): MentionData {
  return useContext(MentionContext);
}
