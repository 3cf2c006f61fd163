/** The date rules (RULEBOOK order). */
import type { Rule } from '../rule';
import dateFormatCn from './date-format-cn';
import dateNoLeadingZero from './date-no-leading-zero';
import yearNotAbbreviated from './year-not-abbreviated';
import rangeConnector from './range-connector';
import rangeUnitRepeat from './range-unit-repeat';
import yearMissingNian from './year-missing-nian';
import percentArabic from './percent-arabic';
import numeralStyleConsistency from './numeral-style-consistency';
import moneyUnitMissing from './money-unit-missing';
import informalSymbols from './informal-symbols';
import chineseZeroChar from './chinese-zero-char';
import contactPhoneFormat from './contact-phone-format';

export const dateRules: Rule[] = [
  dateFormatCn,
  dateNoLeadingZero,
  yearNotAbbreviated,
  rangeConnector,
  rangeUnitRepeat,
  yearMissingNian,
  percentArabic,
  numeralStyleConsistency,
  moneyUnitMissing,
  informalSymbols,
  chineseZeroChar,
  contactPhoneFormat,
];
