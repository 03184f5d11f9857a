import { useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { getBridge } from '../bridge';
import type { Stamped } from '../project/projectChanges';
import { useStamp } from '../project/projectStore';
import { useMessageText } from '../i18n/useMessageText';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly value: T };

type Answer<T> = QueryState<T> & { readonly key: string | null };

/**
 * Asks the bridge one question and keeps the answer; asks again when the request changes or a change set
 * touches what the answer `dependsOn` (the project store's stamps), and not for other edits. After a
 * change the last answer to the same request stays on screen until the new one arrives, so a dashboard
 * does not blink; a different request shows loading. `null` asks nothing.
 */
export function useBridgeQuery<C extends Channel>(channel: C, request: RequestOf<C> | null, dependsOn: readonly Stamped[]): QueryState<ResponseOf<C>> {
  const revision = useStamp(dependsOn);
  const word = useMessageText();
  const [answer, setAnswer] = useState<Answer<ResponseOf<C>>>({ status: 'loading', key: null });
  const key = request === null ? null : `${channel} ${JSON.stringify(request)}`;
  useEffect(() => {
    if (key === null || request === null) return undefined;
    let current = true;
    void getBridge()
      .invoke(channel, request)
      .then((result) => {
        if (!current) return;
        setAnswer(result.ok ? { status: 'ready', value: result.value, key } : { status: 'failed', message: word(result.error), key });
      });
    return () => {
      current = false;
    };
    // The request is read through its key: a new object with the same content is the same question.
  }, [channel, key, revision]);
  return answer.key === key ? answer : { status: 'loading' };
}
