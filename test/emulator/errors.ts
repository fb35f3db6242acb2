/** Discord-shaped JSON error bodies. */

export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ApiErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

/** Nests issues the way Discord does: `{ options: { 0: { name: { _errors: [{ code, message }] } } } }`. */
export function nestIssues(issues: Issue[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of issue.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as { code: string; message: string }[];
    list.push({ code: issue.code, message: issue.message });
  }
  return root;
}

export function invalidFormBody(issues: Issue[]): ApiErrorBody {
  return { message: 'Invalid Form Body', code: 50035, errors: nestIssues(issues) };
}

export const ERR = {
  notFound: { message: '404: Not Found', code: 0 },
  unauthorized: { message: '401: Unauthorized', code: 0 },
  methodNotAllowed: { message: '405: Method Not Allowed', code: 0 },
  unknownChannel: { message: 'Unknown Channel', code: 10003 },
  unknownGuild: { message: 'Unknown Guild', code: 10004 },
  unknownMember: { message: 'Unknown Member', code: 10007 },
  unknownMessage: { message: 'Unknown Message', code: 10008 },
  unknownUser: { message: 'Unknown User', code: 10013 },
  unknownWebhook: { message: 'Unknown Webhook', code: 10015 },
  unknownCommand: { message: 'Unknown application command', code: 10063 },
  unknownInteraction: { message: 'Unknown interaction', code: 10062 },
  alreadyAcknowledged: { message: 'Interaction has already been acknowledged.', code: 40060 },
  missingAccess: { message: 'Missing Access', code: 50001 },
  missingPermissions: { message: 'Missing Permissions', code: 50013 },
  emptyMessage: { message: 'Cannot send an empty message', code: 50006 },
  invalidFormBody: { message: 'Invalid Form Body', code: 50035 },
} as const satisfies Record<string, ApiErrorBody>;
