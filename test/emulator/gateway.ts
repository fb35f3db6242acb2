import { EventEmitter, once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { WebSocket, WebSocketServer } from 'ws';
import { sessionId as newSessionId } from './snowflake.ts';
import type { Json, Store } from './store.ts';

const OP = {
  DISPATCH: 0,
  HEARTBEAT: 1,
  IDENTIFY: 2,
  PRESENCE: 3,
  VOICE: 4,
  RESUME: 6,
  RECONNECT: 7,
  REQUEST_MEMBERS: 8,
  INVALID_SESSION: 9,
  HELLO: 10,
  ACK: 11,
} as const;
const INTENT_GUILDS = 1 << 0;
const MAX_BUFFERED_EVENTS = 1000;

interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

export interface Session {
  id: string;
  token: string;
  intents: number;
  seq: number;
  /** Events already sent (or pending) in this session, kept for RESUME replay. */
  buffer: GatewayPayload[];
  conn: Connection | null;
  /** False after an invalidating close (client 1000/1001) or INVALID_SESSION. */
  alive: boolean;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
  invalidSessions: number;
  /** Opcodes received that the emulator only records (presence, voice state, …). */
  otherOps: { op: number; d: unknown }[];
  /** Close codes of connections, in order (client- or server-initiated). */
  closeCodes: number[];
}

/** One WebSocket connection; a session may outlive it (resume). */
class Connection {
  session: Session | null = null;
  private deflate: zlib.Deflate | null = null;
  private identifyCompress = false;
  private sendChain: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    compress: string | null,
  ) {
    if (compress === 'zlib-stream') this.deflate = zlib.createDeflate({ chunkSize: 65535 });
  }

  useIdentifyCompress(): void {
    this.identifyCompress = true;
  }

  send(payload: GatewayPayload): void {
    const text = JSON.stringify(payload);
    if (this.deflate) {
      const deflate = this.deflate;
      // zlib-stream: one shared deflate context, each payload ends with a Z_SYNC_FLUSH marker.
      this.sendChain = this.sendChain.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (c: Buffer) => chunks.push(c);
            deflate.on('data', onData);
            deflate.write(text);
            deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              deflate.off('data', onData);
              if (this.socket.readyState === WebSocket.OPEN) this.socket.send(Buffer.concat(chunks), { binary: true });
              resolve();
            });
          }),
      );
      return;
    }
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.identifyCompress) this.socket.send(zlib.deflateSync(text), { binary: true });
    else this.socket.send(text);
  }
}

export interface GatewayOptions {
  store: Store;
  heartbeatIntervalMs: number;
  acceptsToken: (token: string) => boolean;
  /** Base `ws://host:port`, known once the HTTP server listens. */
  baseUrl: () => string;
}

export class Gateway extends EventEmitter {
  readonly sessions = new Map<string, Session>();
  readonly stats: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    invalidSessions: 0,
    otherOps: [],
    closeCodes: [],
  };
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly connections = new Set<Connection>();

  constructor(private readonly opts: GatewayOptions) {
    super();
  }

  get url(): string {
    return `${this.opts.baseUrl()}/gateway`;
  }

  get resumeUrl(): string {
    return `${this.opts.baseUrl()}/gateway-resume`;
  }

  /** Returns false if the request is not for the gateway. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway-resume') return false;
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url.searchParams));
    return true;
  }

  private onConnection(ws: WebSocket, params: URLSearchParams): void {
    this.stats.connections++;
    const conn = new Connection(ws, params.get('compress'));
    this.connections.add(conn);
    ws.on('close', (code) => this.onClose(conn, code));
    ws.on('error', () => undefined);
    if (params.get('v') !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if ((params.get('encoding') ?? 'json') !== 'json') {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    ws.on('message', (data, isBinary) => this.onMessage(conn, data as Buffer, isBinary));
    conn.send({
      op: OP.HELLO,
      d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["gateway-emulator",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private onClose(conn: Connection, code: number): void {
    this.connections.delete(conn);
    this.stats.closeCodes.push(code);
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = null;
      // A client closing with 1000/1001 ends its session on Discord; anything else stays resumable.
      if (code === 1000 || code === 1001) session.alive = false;
    }
    this.emit('close', code);
  }

  private onMessage(conn: Connection, data: Buffer, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(isBinary ? zlib.inflateSync(data).toString() : data.toString());
    } catch {
      conn.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case OP.HEARTBEAT:
        this.stats.heartbeats++;
        conn.send({ op: OP.ACK, d: null, s: null, t: null });
        this.emit('heartbeat');
        return;
      case OP.IDENTIFY:
        this.onIdentify(conn, payload.d as Json);
        return;
      case OP.RESUME:
        this.onResume(conn, payload.d as Json);
        return;
      case OP.REQUEST_MEMBERS:
        this.stats.otherOps.push({ op: OP.REQUEST_MEMBERS, d: payload.d });
        this.onRequestMembers(conn, payload.d as Json);
        return;
      case OP.PRESENCE:
      case OP.VOICE:
        this.stats.otherOps.push({ op: payload.op, d: payload.d });
        return;
      default:
        conn.socket.close(4001, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.socket.close(4005, 'Already authenticated.');
      return;
    }
    const token = typeof d?.token === 'string' ? d.token.replace(/^Bot\s+/i, '') : '';
    if (!this.opts.acceptsToken(token)) {
      conn.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (typeof d.intents !== 'number') {
      conn.socket.close(4013, 'Invalid intent(s).');
      return;
    }
    if (d.compress === true) conn.useIdentifyCompress();
    this.stats.identifies++;
    const session: Session = { id: newSessionId(), token, intents: d.intents, seq: 0, buffer: [], conn, alive: true };
    this.sessions.set(session.id, session);
    conn.session = session;
    const { store } = this.opts;
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    this.sendDispatch(session, 'READY', {
      v: 10,
      user_settings: {},
      user: store.currentUserObject(),
      session_type: 'normal',
      session_id: session.id,
      resume_gateway_url: this.resumeUrl,
      relationships: [],
      private_channels: [],
      presences: [],
      guilds: [...store.guilds.keys()].map((id) => ({ id, unavailable: true })),
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      auth: {},
      application: { id: store.application.id, flags: store.application.flags },
      shard,
      _trace: ['["gateway-emulator",{"micros":0}]'],
    });
    this.emit('ready', session);
    if (session.intents & INTENT_GUILDS) {
      for (const guild of store.guilds.values())
        this.sendDispatch(session, 'GUILD_CREATE', store.guildCreatePayload(guild, session.intents));
    }
  }

  private onResume(conn: Connection, d: Json): void {
    this.stats.resumes++;
    const session = typeof d?.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const token = typeof d?.token === 'string' ? d.token.replace(/^Bot\s+/i, '') : '';
    const seq = typeof d?.seq === 'number' ? d.seq : 0;
    if (!session?.alive || session.token !== token || seq > session.seq) {
      this.stats.invalidSessions++;
      conn.send({ op: OP.INVALID_SESSION, d: false, s: null, t: null });
      return;
    }
    const previous = session.conn;
    if (previous && previous !== conn) previous.socket.close(4000, 'Session resumed elsewhere');
    session.conn = conn;
    conn.session = session;
    for (const event of session.buffer) if ((event.s ?? 0) > seq) conn.send(event);
    this.sendDispatch(session, 'RESUMED', { _trace: ['["gateway-emulator",{"micros":0}]'] });
    this.emit('resumed', session);
  }

  private onRequestMembers(conn: Connection, d: Json): void {
    const session = conn.session;
    if (!session || typeof d?.guild_id !== 'string') return;
    const guild = this.opts.store.guilds.get(d.guild_id);
    if (!guild) return;
    const ids = Array.isArray(d.user_ids) ? (d.user_ids as string[]) : null;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Infinity;
    const members = [...guild.members.values()]
      .filter((m) => (ids ? ids.includes(m.userId) : this.opts.store.resolveUser(m.userId).username.toLowerCase().startsWith(query)))
      .slice(0, limit);
    this.sendDispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: members.map((m) => this.opts.store.memberObject(guild, m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !guild.members.has(id)) : [],
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    const payload: GatewayPayload = { op: OP.DISPATCH, t, s: ++session.seq, d };
    session.buffer.push(payload);
    if (session.buffer.length > MAX_BUFFERED_EVENTS) session.buffer.shift();
    session.conn?.send(payload);
  }

  /** Sends a dispatch to every live session (buffered for replay if the socket is currently down). */
  dispatch(t: string, d: unknown, filter: (s: Session) => boolean = () => true): number {
    let n = 0;
    for (const session of this.sessions.values()) {
      if (!session.alive || !filter(session)) continue;
      this.sendDispatch(session, t, d);
      n++;
    }
    return n;
  }

  liveSessions(): Session[] {
    return [...this.sessions.values()].filter((s) => s.alive);
  }

  /** Breaks the bot's current connection(s). */
  drop(mode: 'close' | 'terminate' | 'reconnect' | 'invalid-session', code = 4000): number {
    let n = 0;
    for (const session of this.liveSessions()) {
      const conn = session.conn;
      if (!conn) continue;
      n++;
      if (mode === 'terminate') conn.socket.terminate();
      else if (mode === 'reconnect') conn.send({ op: OP.RECONNECT, d: null, s: null, t: null });
      else if (mode === 'invalid-session') {
        session.alive = false;
        this.stats.invalidSessions++;
        conn.send({ op: OP.INVALID_SESSION, d: false, s: null, t: null });
      } else conn.socket.close(code, 'Emulator dropped the connection');
    }
    return n;
  }

  async waitFor(event: 'ready' | 'resumed', timeoutMs: number): Promise<Session> {
    const [session] = (await once(this, event, { signal: AbortSignal.timeout(timeoutMs) })) as [Session];
    return session;
  }

  async close(): Promise<void> {
    for (const conn of this.connections) conn.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
