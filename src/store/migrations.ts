import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Engine } from './connection.ts';

// Migrations run against every past schema, so they cannot use today's typed `Database` (as Kysely's docs advise).
// biome-ignore lint/suspicious/noExplicitAny: see above.
type AnySchema = Kysely<any>;

// Migrations are append-only: never edit one that has shipped, add the next number instead.
function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001_initial': {
      async up(db: AnySchema) {
        const withId = (name: string) =>
          engine === 'postgres'
            ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
            : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

        await withId('subscriptions')
          .addColumn('guild_id', 'text', (c) => c.notNull())
          .addColumn('channel_id', 'text', (c) => c.notNull())
          .addColumn('section', 'text', (c) => c.notNull())
          .addColumn('rotation_index', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('schedule', 'text', (c) => c.notNull())
          .addColumn('schedule_label', 'text', (c) => c.notNull())
          .addColumn('timezone', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull().check(sqlIn('language', ['en', 'zh'])))
          .addColumn('briefing_id', 'text')
          .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['active', 'paused', 'disabled'])))
          .addColumn('disabled_reason', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('last_delivered_at', 'text')
          .addColumn('last_fire_checked_at', 'text', (c) => c.notNull())
          .addColumn('next_fire_at', 'text')
          .addColumn('deleted_at', 'text')
          .execute();
        await db.schema.createIndex('subscriptions_guild_idx').on('subscriptions').column('guild_id').execute();
        await db.schema.createIndex('subscriptions_due_idx').on('subscriptions').columns(['status', 'next_fire_at']).execute();

        await withId('deliveries')
          .addColumn('delivery_key', 'text', (c) => c.notNull().unique())
          // No FK: history outlives its subscription row by design, and keys embed the id anyway.
          .addColumn('subscription_id', 'integer', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['scheduled', 'manual'])))
          .addColumn('fire_time', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['pending', 'delivered', 'missed', 'failed'])))
          .addColumn('nonce', 'text', (c) => c.notNull())
          .addColumn('section', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('message_id', 'text')
          .addColumn('error', 'text')
          .addColumn('claimed_by', 'text')
          .addColumn('claimed_at', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('delivered_at', 'text')
          .execute();
        await db.schema.createIndex('deliveries_subscription_idx').on('deliveries').columns(['subscription_id', 'fire_time']).execute();
        await db.schema.createIndex('deliveries_status_idx').on('deliveries').column('status').execute();
      },
    },
    // The scheduler resends a delivery whose last send may have gone out only within Discord's nonce
    // window after that attempt, so it needs the attempt's time (claimed_at is overwritten by claims).
    '0002_delivery_last_attempt': {
      async up(db: AnySchema) {
        await db.schema.alterTable('deliveries').addColumn('last_attempt_at', 'text').execute();
        // Best guess for rows attempted before this column existed: their last update.
        await db
          .updateTable('deliveries')
          .set({ last_attempt_at: sql.ref('updated_at') })
          .where('attempts', '>', 0)
          .execute();
      },
    },
    // Questions /ask refused, was unsure about, or that a reader marked unhelpful, for analysts to act on.
    // Deliberately no user ids: only the question, what was answered, where (guild) and when.
    '0003_ask_log': {
      async up(db: AnySchema) {
        const table =
          engine === 'postgres'
            ? db.schema.createTable('ask_log').addColumn('id', 'serial', (c) => c.primaryKey())
            : db.schema.createTable('ask_log').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
        await table
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull().check(sqlIn('language', ['en', 'zh'])))
          .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['answered', 'unsure', 'not-covered'])))
          .addColumn('answer_item_ids', 'text', (c) => c.notNull())
          .addColumn('answer_text', 'text')
          .addColumn('briefing_id', 'text', (c) => c.notNull())
          .addColumn('guild_id', 'text')
          .addColumn('origin', 'text', (c) => c.notNull().check(sqlIn('origin', ['discord', 'console'])))
          // Set only for answers logged by a 👎 on their message, so more 👎 on it count on the same row.
          .addColumn('message_id', 'text', (c) => c.unique())
          .addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('unhelpful', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('ask_log_guild_idx').on('ask_log').columns(['guild_id', 'created_at']).execute();
        await db.schema.createIndex('ask_log_created_idx').on('ask_log').column('created_at').execute();
      },
    },
    // Discord hands an interaction to every gateway session: a second instance connected by mistake runs
    // /digest subscribe too. The interaction id makes the second insert find the first one's row.
    '0004_subscription_request_id': {
      async up(db: AnySchema) {
        await db.schema.alterTable('subscriptions').addColumn('request_id', 'text').execute();
        await db.schema.createIndex('subscriptions_request_idx').on('subscriptions').column('request_id').unique().execute();
      },
    },
    // Page buttons must work on any instance and after a restart, so multi-page replies live here.
    '0005_pager_sessions': {
      async up(db: AnySchema) {
        await db.schema
          .createTable('pager_sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('pages', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('ephemeral', 'integer', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pager_sessions_expires_idx').on('pager_sessions').column('expires_at').execute();
      },
    },
    // Living briefings: every loaded version of a briefing (an edition, named by its content hash) with a
    // canonical snapshot, so what changed can be shown after edits and restarts; subscriptions that follow
    // changes; deliveries that are change alerts (keyed by the edition) or digests that remember the edition shown.
    '0006_editions': {
      async up(db: AnySchema) {
        const table =
          engine === 'postgres'
            ? db.schema.createTable('editions').addColumn('seq', 'serial', (c) => c.primaryKey())
            : db.schema.createTable('editions').addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
        await table
          .addColumn('briefing_id', 'text', (c) => c.notNull())
          .addColumn('edition_id', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('as_of', 'text', (c) => c.notNull())
          .addColumn('snapshot', 'text', (c) => c.notNull())
          .addColumn('recorded_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('editions_briefing_edition_idx')
          .on('editions')
          .columns(['briefing_id', 'edition_id'])
          .unique()
          .execute();
        await db.schema
          .alterTable('subscriptions')
          .addColumn('delivers', 'text', (c) =>
            c
              .notNull()
              .defaultTo('digests')
              .check(sqlIn('delivers', ['digests', 'changes', 'both'])),
          )
          .execute();
        await db.schema
          .alterTable('deliveries')
          .addColumn('content', 'text', (c) =>
            c
              .notNull()
              .defaultTo('digest')
              .check(sqlIn('content', ['digest', 'changes'])),
          )
          .execute();
        await db.schema.alterTable('deliveries').addColumn('edition_id', 'text').execute();
        await db.schema.alterTable('deliveries').addColumn('from_edition_id', 'text').execute();
        // The 🆕 marks compare a digest with its subscription's previous delivered one.
        await db.schema
          .createIndex('deliveries_subscription_delivered_idx')
          .on('deliveries')
          .columns(['subscription_id', 'status', 'delivered_at'])
          .execute();
      },
    },
  };
}

function sqlIn(column: string, values: string[]) {
  // Values are compile-time literals from this file, never user input.
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function migrateToLatest(db: AnySchema, engine: Engine): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(engine) };
  // Kysely looks for its bookkeeping tables in *every* schema unless told which one; another schema's
  // kysely_migration table would make it skip creating ours. Pin it to the connection's schema.
  const migrationTableSchema =
    engine === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) throw new Error(`database migration failed: ${String(error)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
