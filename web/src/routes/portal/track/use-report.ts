import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client.js';
import {
  accessHeaders,
  type FollowUpStatus,
  type Message,
  type ReportAccess,
  type ReportDetail,
} from './report-access.js';

/** Which report to open, how, and whether the visitor asked for it just now. */
export interface OpenRequest {
  id: string;
  access: ReportAccess;
  /** Set when the visitor asked (form, list): the report's heading then takes the focus. */
  asked: boolean;
}

export type ReportState =
  | { status: 'idle' }
  | { status: 'loading'; request: OpenRequest }
  | {
      status: 'open';
      request: OpenRequest;
      report: ReportDetail;
      /** Whether a response may be asked for; undefined when that could not be loaded. */
      followUp: FollowUpStatus | undefined;
      /** The conversation with the security team, oldest first; undefined when not loaded. */
      messages: readonly Message[] | undefined;
    }
  | { status: 'not-found' | 'invalid' | 'failed'; request: OpenRequest };

/**
 * Loads the requested report, whether a response may be asked for and the messages, together,
 * so the page appears at once. `reload` fetches them again and keeps the report on screen
 * meanwhile (after an answer, the status may have changed too).
 */
export function useReport(request: OpenRequest | undefined): {
  state: ReportState;
  reload: () => void;
} {
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (request === undefined) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((old) =>
      old.status === 'open' && old.request === request ? old : { status: 'loading', request },
    );
    const options = {
      params: { path: { id: request.id } },
      headers: accessHeaders(request.access),
    };
    Promise.all([
      api.GET('/api/v1/reports/{id}', options),
      api.GET('/api/v1/reports/{id}/follow-up', options).catch(() => undefined),
      api.GET('/api/v1/reports/{id}/messages', options).catch(() => undefined),
    ])
      .then(([{ data, response }, followUp, messages]) => {
        if (!live) return;
        if (data !== undefined) {
          setState({
            status: 'open',
            request,
            report: data,
            followUp: followUp?.data,
            messages: messages?.data?.items,
          });
        } else if (response.status === 404) setState({ status: 'not-found', request });
        else if (response.status === 400) setState({ status: 'invalid', request });
        else setState({ status: 'failed', request });
      })
      .catch(() => {
        if (live) setState({ status: 'failed', request });
      });
    return () => {
      live = false;
    };
  }, [request, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
}
