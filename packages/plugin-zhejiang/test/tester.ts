import { zhejiang } from '../src/index.js';

/** The plugin as the rule tests load it: the real one, overrides included (the tester loads the built-in rules too). */
export const pluginUnderTest = zhejiang;
