/**
 * The SDK loads `yaml` and `jsonc-parser` from its own node_modules when it first needs them. The server is shipped
 * as one self-contained file without node_modules, so it hands the SDK the copies bundled into it, once, before any
 * document is parsed (every module that parses imports this one).
 */
import * as jsoncParser from 'jsonc-parser';
import * as yaml from 'yaml';
import { provideParserModules } from '@qualcat/sdk';

provideParserModules({ yaml, jsoncParser });

export const PARSERS_PROVIDED = true;
