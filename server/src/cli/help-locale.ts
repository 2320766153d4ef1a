/**
 * commander in the reader's language, through its own hooks: `configureHelp` (titles, choices
 * and defaults), `configureOutput({ outputError })` (its error messages), and the locale known
 * before parsing (`--locale` read ahead from the arguments, else the environment).
 */
import type { Argument, HelpConfiguration, Option } from 'commander';
import { LOCALES, localeFromEnv, type Locale } from '../engine/messages/locale';
import { say } from './locales/cli-words';
import type { HelpWords } from './locales/help-words';

/** The locale of the help and usage errors: a valid `--locale` among the arguments (before `--`), else the environment's. */
export function localeAhead(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    if (value !== undefined && (LOCALES as readonly string[]).includes(value)) return value as Locale;
  }
  return localeFromEnv(env);
}

/** An option's or argument's description with its choices and default (as commander's `Help` writes them), in words. */
function described(
  description: string,
  choices: readonly string[] | undefined,
  defaultValue: unknown,
  defaultText: string | undefined,
  words: HelpWords,
): string {
  const extra: string[] = [];
  if (choices) extra.push(say(words.choices, { values: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (defaultValue !== undefined) extra.push(say(words.default, { value: defaultText || JSON.stringify(defaultValue) }));
  if (!extra.length) return description;
  return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/** `program.configureHelp(...)`: the titles, choices and defaults in words (the same text as commander's in English). */
export function helpConfiguration(words: HelpWords): HelpConfiguration {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': words.usageTitle,
    'Arguments:': words.argumentsTitle,
    'Options:': words.optionsTitle,
    'Commands:': words.commandsTitle,
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription: (option: Option) => {
      // As commander: a default is shown for options taking a value, and for booleans given one.
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return described(
        option.description,
        option.argChoices,
        shown ? option.defaultValue : undefined,
        option.defaultValueDescription,
        words,
      );
    },
    argumentDescription: (argument: Argument) =>
      described(argument.description, argument.argChoices, argument.defaultValue, argument.defaultValueDescription, words),
  };
}

/** commander's error messages, read by their English text (a message that is not one of these stays as it is). */
const ERRORS: ReadonlyArray<[RegExp, (m: RegExpExecArray, words: HelpWords) => string]> = [
  [/^error: unknown option '([^]*)'$/, (m, w) => say(w.unknownOption, { option: m[1] })],
  [/^error: unknown command '([^]*)'$/, (m, w) => say(w.unknownCommand, { command: m[1] })],
  [/^error: missing required argument '([^]*)'$/, (m, w) => say(w.missingArgument, { argument: m[1] })],
  [/^error: option '([^]*)' argument missing$/, (m, w) => say(w.optionMissingArgument, { option: m[1] })],
  [
    /^error: option '([^]*?)' argument '([^]*)' is invalid\. ([^]*)$/,
    (m, w) => {
      const choices = /^Allowed choices are ([^]*)\.$/.exec(m[3]);
      const why = choices ? say(w.allowedChoices, { values: choices[1] }) : m[3];
      return say(w.invalidOption, { option: m[1], value: m[2], why });
    },
  ],
  [
    /^error: too many arguments for '([^]*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, w) => say(w.tooManyArguments, { command: m[1], expected: m[2], received: m[3] }),
  ],
];

/** One error of commander (`error: ...\n`, maybe a `(Did you mean ...?)` line) in words; English as commander writes it. */
export function commanderErrorIn(text: string, locale: Locale, words: HelpWords): string {
  if (locale === 'en') return text;
  const m = /^([^]*?)(?:\n\(Did you mean (one of )?([^]*)\?\))?\n$/.exec(text);
  if (!m) return text;
  const found = ERRORS.map(([re, said]) => [re.exec(m[1]), said] as const).find(([r]) => r !== null);
  const main = found?.[0] ? found[1](found[0], words) : m[1];
  const suggestion = m[3] === undefined ? '' : `\n${say(m[2] ? words.didYouMeanOneOf : words.didYouMean, { names: m[3] })}`;
  return `${main}${suggestion}\n`;
}
