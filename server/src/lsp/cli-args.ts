/** `mplan-language-server --version` and `--help`: what they print (the server does not start). */
export const SERVER_VERSION = '0.1.0';

const HELP = `Usage: mplan-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The mplan language server: diagnostics, quick fixes, hover, completion,
navigation, rename, symbols and code lenses for marketing plans
(*.mplan.yaml, *.mplan.yml) and mplan.config.yaml, for any LSP client.

Transports (default: --stdio):
  --stdio          speak LSP over standard input and output
  --node-ipc       speak LSP over Node's IPC channel (the VS Code extension)
  --socket=PORT    connect to a socket on PORT
  --pipe=NAME      connect to the named pipe NAME

Options:
  -V, --version    print the version and exit
  -h, --help       print this help and exit
`;

/** The text to print for `--version`/`--help` (then exit 0), or undefined to start the server. */
export function cliAnswer(args: readonly string[]): string | undefined {
  if (args.some((a) => a === '--help' || a === '-h')) return HELP;
  if (args.some((a) => a === '--version' || a === '-V' || a === '-v')) return `mplan-language-server ${SERVER_VERSION}\n`;
  return undefined;
}
