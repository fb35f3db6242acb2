import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { loadCommands } from './bot/load-commands.ts';
import { loadConfigOrExit, SNOWFLAKE } from './config.ts';

/**
 * Registers the slash commands: `npm run deploy-commands` (global, up to an hour to show everywhere)
 * or `-- --guild <id>` / DISCORD_GUILD_ID (one server, instant). Never run on start-up: Discord
 * rate-limits command creation.
 */
async function main(argv: string[]): Promise<void> {
  const config = loadConfigOrExit();
  let guildArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--guild') guildArg = argv[++i] ?? '';
    else if (arg.startsWith('--guild=')) guildArg = arg.slice('--guild='.length);
    else throw new Error(`unknown argument "${arg}"; usage: npm run deploy-commands [-- --guild <server id>]`);
  }
  if (guildArg !== undefined && !SNOWFLAKE.test(guildArg)) throw new Error('--guild needs a server id (17–20 digits)');
  const guildId = guildArg ?? config.DISCORD_GUILD_ID;
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID)
    throw new Error('DISCORD_TOKEN and DISCORD_CLIENT_ID must be set to deploy commands');
  const commands = [...(await loadCommands()).values()].map((c) => c.data.toJSON());
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const route = guildId
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, guildId)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const saved = (await rest.put(route, { body: commands })) as unknown[];
  process.stdout.write(
    `Registered ${saved.length} commands ${guildId ? `in guild ${guildId}` : 'globally'}: ${commands.map((c) => `/${c.name}`).join(', ')}\n`,
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`deploy-commands failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
