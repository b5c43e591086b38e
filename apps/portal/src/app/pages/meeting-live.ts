import { Pub } from '@kenes/client/graphql';
import type { UiLocale } from '@kenes/ui';

export type LiveMeeting = Pub.PublicMeetingViewFragment;
export type LiveStatus = 'connecting' | 'live' | 'lost';

export interface LiveCallbacks {
  meeting(meeting: LiveMeeting): void;
  status(status: LiveStatus): void;
  /** After each (re)connection: changes made while disconnected were not delivered. */
  connected(): void;
}

/**
 * Follows a meeting over graphql-ws at the page's own origin. Browser only: the client is
 * imported on demand, so it stays out of the first download and out of server rendering.
 * Returns the function that stops following.
 */
export async function followMeeting(meetingId: string, lang: UiLocale, on: LiveCallbacks): Promise<() => void> {
  const { createClient } = await import('graphql-ws/client');
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/public/graphql`;
  on.status('connecting');
  const client = createClient({
    url,
    // The API words its explanations (quorum, results) in the language it is asked for.
    connectionParams: { lang },
    lazy: false,
    retryAttempts: 20,
    shouldRetry: () => true,
    on: {
      connected: () => {
        on.status('live');
        on.connected();
      },
      closed: () => on.status('lost'),
    },
  });
  const stop = client.subscribe<Pub.PublicMeetingLiveSubscription>(
    { query: Pub.PublicMeetingLiveDocument.toString(), variables: { meetingId } satisfies Pub.PublicMeetingLiveSubscriptionVariables },
    {
      next: (r) => {
        if (r.data) on.meeting(r.data.publicMeetingLive.meeting);
      },
      error: () => on.status('lost'),
      complete: () => undefined,
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
