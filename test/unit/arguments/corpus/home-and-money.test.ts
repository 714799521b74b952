// The home-and-money probe table scored (score-table.ts): how many prompts reach the tool meant, and how many of the
// values a user would expect the arguments carry, against the figures reached.
import t from 'tap';
import { scoreTable } from './score-table.js';
import { HOME_AND_MONEY_NOW, homeAndMoneyCases, homeAndMoneyTools } from './corpus-home-and-money.js';

scoreTable(t, { cases: homeAndMoneyCases, tools: homeAndMoneyTools, now: HOME_AND_MONEY_NOW, toolsRight: 42, valuesRight: 102 });
